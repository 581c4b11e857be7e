// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/json/validationissue.h"
#include "models/cellissues.h"

#include <QAbstractTableModel>

#include <array>

namespace spinereview {

// The radiculopathy findings of one electrodiagnostic study as a grid: nerve roots L1–S2 (rows) by side
// (columns). A cell holds no finding ("—") or a finding with its acuity. The same acuity on both sides is
// written as one "bilateral" finding, and a bilateral finding fills both cells. Whether the study's findings
// are documented at all (absent vs [] = a normal study) is the section's toggle, not the grid's.
class EmgFindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmgFindingsModel)

public:
    enum class Column { Left, Right };
    static constexpr int kColumnCount = 2;
    // The EditRole value of a finding whose acuity the report does not give (the format's acuity is optional).
    static QString unspecifiedAcuity();

    explicit EmgFindingsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Shows another study's findings (a model reset); emits no findingEdited().
    void setFindings(const QList<EmgFinding>& findings);
    // The findings as the format writes them, roots in order, equal sides joined as "bilateral". Findings
    // the grid cannot place (no root or side, or a repeat of a filled cell) are kept and written after them.
    QList<EmgFinding> findings() const;
    bool isEmpty() const { return findings().isEmpty(); }
    // Marks the cells of the findings named by issues under `findingsPath` ("emg[0].findings").
    void setIssues(const ValidationIssues& issues, const QString& findingsPath);

    QModelIndex indexOf(Root root, Side side) const;
    static Root rootAt(int row) { return static_cast<Root>(row); }

signals:
    void findingEdited(const QModelIndex& index);

private:
    struct Cell
    {
        bool finding = false;
        std::optional<Acuity> acuity;
        QJsonObject extra;
    };
    static constexpr int kRootCount = static_cast<int>(enumCount<Root>());

    QVariant editValue(const Cell& cell) const;
    // The cells a finding fills (both for a bilateral one), or none when it cannot be placed.
    QList<QModelIndex> cellsOf(const EmgFinding& finding) const;

    std::array<std::array<Cell, kColumnCount>, kRootCount> m_cells;
    QList<EmgFinding> m_unplaced;
    CellIssues m_issues;
};

} // namespace spinereview
