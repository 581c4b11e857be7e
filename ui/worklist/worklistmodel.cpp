// SPDX-License-Identifier: GPL-3.0-or-later
#include "worklist/worklistmodel.h"

#include "results/statuspresentation.h"
#include "storage/worklistrepository.h"
#include "theme/palettecolours.h"
#include "worklist/reviewlabels.h"

#include <QGuiApplication>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// Stored times are UTC; a reviewer reads them on the wall clock.
QString localTime(const QDateTime& time)
{
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

WorklistModel::WorklistModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant WorklistModel::display(const WorklistRow& row, Column column) const
{
    switch (column) {
    case Column::CaseId:
        return row.caseId;
    case Column::PatientId:
        return row.patientId.value_or(tr("not stated"));
    case Column::Levels:
        return row.levels;
    case Column::Payer:
        return row.payer.value_or(tr("not stated"));
    case Column::Urgency:
        return ReviewLabels::urgency(row.urgency);
    case Column::Received:
        return row.receivedAt ? localTime(*row.receivedAt) : tr("not stated");
    case Column::Due:
        if (!row.dueAt)
            return tr("no clock");
        return row.overdue ? tr("%1, overdue").arg(localTime(*row.dueAt)) : localTime(*row.dueAt);
    case Column::Status:
        return ReviewLabels::status(row.status);
    case Column::Reviewer:
        return row.reviewerName.value_or(tr("Unassigned"));
    case Column::Updated:
        return localTime(row.updatedAt);
    }
    return {};
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorklistRow& row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const bool overdueCell = column == Column::Due && row.overdue;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == Column::Due && row.dueAt)
            return overdueCell ? tr("Due %1 (local time): past due and not determined").arg(localTime(*row.dueAt))
                               : tr("Due %1 (local time)").arg(localTime(*row.dueAt));
        if (column == Column::Due)
            return tr("No turnaround clock: the request does not state when it was received");
        return display(row, column);
    case Qt::DecorationRole:
        return overdueCell ? StatusPresentation::cautionIcon() : QVariant();
    case Qt::ForegroundRole:
        // The word and the icon say it; the colour only draws the eye.
        return overdueCell ? QVariant(PaletteColours::issueText(QGuiApplication::palette())) : QVariant();
    case ReviewRefRole:
        return row.reviewRef;
    case OverdueRole:
        return row.overdue;
    default:
        return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<Column>(section);
    if (role == Qt::InitialSortOrderRole)
        return int(Qt::AscendingOrder); // the first click sorts A to Z, earliest first
    if (role == Qt::ToolTipRole) {
        if (!sortKey(column))
            return tr("Levels requested (not sortable)");
        if (column == Column::Due)
            return tr("When the decision is due, in local time: 72 hours after receipt for expedited requests, 7 "
                      "calendar days for standard ones");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::CaseId:
        return tr("Case id");
    case Column::PatientId:
        return tr("Patient id");
    case Column::Levels:
        return tr("Levels");
    case Column::Payer:
        return tr("Payer");
    case Column::Urgency:
        return tr("Urgency");
    case Column::Received:
        return tr("Received");
    case Column::Due:
        return tr("Due");
    case Column::Status:
        return tr("Status");
    case Column::Reviewer:
        return tr("Reviewer");
    case Column::Updated:
        return tr("Updated");
    }
    return {};
}

std::optional<WorklistSort> WorklistModel::sortKey(Column column)
{
    switch (column) {
    case Column::CaseId:
        return WorklistSort::CaseId;
    case Column::PatientId:
        return WorklistSort::PatientId;
    case Column::Levels:
        return std::nullopt; // the storage has no order for a list of levels
    case Column::Payer:
        return WorklistSort::Payer;
    case Column::Urgency:
        return WorklistSort::Urgency;
    case Column::Received:
        return WorklistSort::Received;
    case Column::Due:
        return WorklistSort::Due;
    case Column::Status:
        return WorklistSort::Status;
    case Column::Reviewer:
        return WorklistSort::Reviewer;
    case Column::Updated:
        return WorklistSort::Updated;
    }
    return std::nullopt;
}

void WorklistModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kColumnCount || !sortKey(static_cast<Column>(column)))
        return;
    m_sortColumn = static_cast<Column>(column);
    m_order = order;
    if (m_active)
        refresh();
}

void WorklistModel::setFilter(const WorklistFilter& filter)
{
    m_filter = filter;
    if (m_active)
        refresh();
}

bool WorklistModel::isFiltered(const WorklistFilter& filter)
{
    return !filter.statuses.isEmpty() || filter.urgency || filter.reviewerRef || filter.unassignedOnly ||
           filter.payer || !filter.search.trimmed().isEmpty() || filter.dueFrom || filter.dueTo || filter.overdueOnly;
}

void WorklistModel::refresh()
{
    m_active = true;
    const WorklistRepository repository(m_database);
    WorklistQuery query;
    query.filter = m_filter;
    query.sort = sortKey(m_sortColumn).value_or(WorklistSort::Due);
    query.order = m_order;
    query.limit = kPageSize;
    StorageResult<WorklistPage> page = repository.page(query);
    std::optional<qint64> overall;
    if (page.ok() && isFiltered(m_filter)) {
        // Only the count is wanted: no rows.
        WorklistQuery everything;
        everything.limit = 0;
        const StorageResult<WorklistPage> all = repository.page(everything);
        if (all.ok())
            overall = all.value().total;
        else
            page = all.error();
    }

    const QString error = page.ok() ? QString() : page.error().message;
    const bool errorChanged = error != m_lastError;
    beginResetModel();
    m_rows.clear();
    m_rowByRef.clear();
    m_total = 0;
    m_overallTotal = 0;
    if (page.ok()) {
        m_rows = page.value().rows;
        for (int n = 0; n < m_rows.size(); ++n)
            m_rowByRef.insert(m_rows.at(n).reviewRef, n);
        m_total = page.value().total;
        m_overallTotal = overall.value_or(m_total);
    }
    // Set before the reset ends, so whoever reads the rows on modelReset reads the error with them.
    m_lastError = error;
    endResetModel();
    if (errorChanged)
        emit lastErrorChanged(error);
}

bool WorklistModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_lastError.isEmpty() && m_rows.size() < m_total;
}

void WorklistModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    WorklistQuery query;
    query.filter = m_filter;
    query.sort = sortKey(m_sortColumn).value_or(WorklistSort::Due);
    query.order = m_order;
    query.offset = int(m_rows.size());
    query.limit = kPageSize;
    const StorageResult<WorklistPage> page = WorklistRepository(m_database).page(query);
    if (!page.ok()) {
        setLastError(page.error().message);
        return;
    }
    // Reviews added or changed since the first page can shift a row across a page boundary: one already
    // shown is not shown twice.
    QList<WorklistRow> fresh;
    for (const WorklistRow& row : page.value().rows) {
        if (!m_rowByRef.contains(row.reviewRef))
            fresh.append(row);
    }
    // The end came sooner than the count said (reviews can leave the filter while it is read).
    if (page.value().rows.size() < kPageSize || fresh.isEmpty())
        m_total = m_rows.size() + fresh.size();
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
    for (const WorklistRow& row : std::as_const(fresh)) {
        m_rowByRef.insert(row.reviewRef, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

std::optional<int> WorklistModel::rowOf(qint64 reviewRef) const
{
    const auto found = m_rowByRef.constFind(reviewRef);
    if (found == m_rowByRef.cend())
        return std::nullopt;
    return *found;
}

void WorklistModel::setLastError(const QString& message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    emit lastErrorChanged(message);
}

} // namespace spinereview
