// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/mappingreport.h"

#include <QAbstractTableModel>

namespace spinereview {

// The entries of an import's mapping report, one row each in the order of the file: what became of an element
// of the imported file.
class MappingReportModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingReportModel)

public:
    enum Column { OutcomeColumn, SourceColumn, CaseFieldColumn, DetailColumn, ColumnCount };

    explicit MappingReportModel(QObject* parent = nullptr);

    void setReport(const MappingReport& report);
    const MappingReport& report() const { return m_report; }
    const MappingEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Mapped", "Mapped by text", "Not mapped: ambiguous": the outcome in words, never by icon alone.
    static QString outcomeText(const MappingEntry& entry);

private:
    MappingReport m_report;
    QList<MappingEntry> m_entries;
};

} // namespace spinereview
