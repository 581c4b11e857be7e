// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/worklistquery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace spinereview {

class Database;

// The worklist as a table: the reviews WorklistRepository::page() returns for a filter, sorted and paged in
// the database (never in memory), read 50 rows at a time as the view scrolls. It reads nothing until the
// first refresh(); from then on every change of filter or sort reads the first page again. A first page that
// cannot be read empties the table, a later one keeps the rows before it; the error stays in lastError() until
// refresh() reads again.
class WorklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorklistModel)

public:
    enum class Column { CaseId, PatientId, Levels, Payer, Urgency, Received, Due, Status, Reviewer, Updated };
    static constexpr int kColumnCount = static_cast<int>(Column::Updated) + 1;
    static constexpr int kPageSize = 50;

    enum Role {
        ReviewRefRole = Qt::UserRole + 1, // qint64, on every column
        OverdueRole,                      // bool, on every column: not determined and past its due time
    };

    explicit WorklistModel(const Database& database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts in the database; a column the database cannot sort by (the levels) is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The sort key of a column, or nullopt for one the database does not sort by.
    static std::optional<WorklistSort> sortKey(Column column);
    int sortColumn() const { return static_cast<int>(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_order; }

    void setFilter(const WorklistFilter& filter);
    const WorklistFilter& filter() const { return m_filter; }
    // Reads the first page again, with the total count.
    void refresh();

    // Reviews matching the filter, and all reviews (the same when nothing is filtered).
    qint64 total() const { return m_total; }
    qint64 overallTotal() const { return m_overallTotal; }
    const WorklistRow& row(int row) const { return m_rows.at(row); }
    // The row of a review among those read so far.
    std::optional<int> rowOf(qint64 reviewRef) const;
    QString lastError() const { return m_lastError; }

signals:
    // A read failed (the message says what and why), or the first read after a failure succeeded (empty).
    void lastErrorChanged(const QString& message);

private:
    static bool isFiltered(const WorklistFilter& filter);
    void setLastError(const QString& message);
    QVariant display(const WorklistRow& row, Column column) const;

    const Database& m_database;
    WorklistFilter m_filter;
    Column m_sortColumn = Column::Due;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_active = false;
    QList<WorklistRow> m_rows;
    QHash<qint64, int> m_rowByRef;
    qint64 m_total = 0;
    qint64 m_overallTotal = 0;
    QString m_lastError;
};

} // namespace spinereview
