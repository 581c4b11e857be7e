// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/json/validationissue.h"
#include "models/cellissues.h"

#include <QAbstractTableModel>

namespace spinereview {

// The prior lumbar operations, one row each, in the order of the case's array (row n is surgicalHistory[n]).
// Whether the history is documented at all (absent, [] = none, or a list) is the section's three-state control.
class PriorOperationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriorOperationsModel)

public:
    enum class Column { Procedure, Levels, Date, Instrumented, SolidFusion, FacetLeftPercent, FacetRightPercent };
    static constexpr int kColumnCount = static_cast<int>(Column::FacetRightPercent) + 1;

    explicit PriorOperationsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The Levels column takes a QStringList of level names.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // New rows are operations of procedure "other" with no levels: the reviewer sets both from the note.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // Shows another list (a model reset); emits no operationsEdited().
    void setOperations(const QList<PriorOperation>& operations);
    const QList<PriorOperation>& operations() const { return m_operations; }
    // Marks the cells named by issues under `basePath` ("surgicalHistory") and returns one line per issue
    // naming its row ("Operation 2: …").
    QStringList setIssues(const ValidationIssues& issues, const QString& basePath);

    static QString fieldName(Column column);
    static std::optional<Column> columnOf(const QString& fieldPath);

signals:
    // `member` is the edited member ("[0].facetResection.leftPercent"), empty for an insertion or removal.
    void operationsEdited(const QString& member);

private:
    QList<PriorOperation> m_operations;
    CellIssues m_issues;
};

} // namespace spinereview
