// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/determinationsmodel.h"

#include "results/statuspresentation.h"

#include <QHash>

namespace spinereview {

using namespace Qt::StringLiterals;

DeterminationsModel::DeterminationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int DeterminationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int DeterminationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant DeterminationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return m_cells.at(index.row())[std::size_t(index.column())];
}

QVariant DeterminationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole || section < 0 || section >= kColumnCount)
            return {};
        return StatusPresentation::word(StatusSummaryModel::statusOf(static_cast<Column>(section)));
    }
    if (section < 0 || section >= m_periods.size())
        return {};
    const QDate start = m_periods.at(section);
    if (role == Qt::ToolTipRole) {
        switch (m_period) {
        case DashboardRepository::Period::Day:
            return tr("Determined on %1").arg(start.toString(Qt::ISODate));
        case DashboardRepository::Period::Week:
            return tr("Determined in the week starting Monday %1").arg(start.toString(Qt::ISODate));
        case DashboardRepository::Period::Month:
            return tr("Determined in %1").arg(start.toString(u"yyyy-MM"_s));
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    return m_period == DashboardRepository::Period::Month ? start.toString(u"yyyy-MM"_s) : start.toString(Qt::ISODate);
}

void DeterminationsModel::setCounts(const QList<DeterminationCount>& counts, QDate from, QDate to,
                                    DashboardRepository::Period period)
{
    beginResetModel();
    m_counts = counts;
    m_period = period;
    m_periods.clear();
    for (QDate start = DashboardRepository::periodStart(from, period); start.isValid() && start < to;) {
        m_periods.append(start);
        switch (period) {
        case DashboardRepository::Period::Day:
            start = start.addDays(1);
            break;
        case DashboardRepository::Period::Week:
            start = start.addDays(7);
            break;
        case DashboardRepository::Period::Month:
            start = start.addMonths(1);
            break;
        }
    }
    recount();
    endResetModel();
}

void DeterminationsModel::setComponent(std::optional<Component> component)
{
    if (component == m_component)
        return;
    m_component = component;
    recount();
    if (!m_periods.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_periods.size()) - 1, kColumnCount - 1),
                         {Qt::DisplayRole, Qt::EditRole});
}

void DeterminationsModel::recount()
{
    QHash<QDate, int> rowOfPeriod;
    for (int row = 0; row < m_periods.size(); ++row)
        rowOfPeriod.insert(m_periods.at(row), row);
    m_cells = QList<std::array<qint64, kColumnCount>>(m_periods.size(), std::array<qint64, kColumnCount>{});
    for (const DeterminationCount& each : std::as_const(m_counts)) {
        if (m_component && each.component != *m_component)
            continue;
        const int row = rowOfPeriod.value(each.periodStart, -1);
        if (row >= 0)
            m_cells[row][std::size_t(StatusSummaryModel::rowOf(each.decision))] += each.count;
    }
}

qint64 DeterminationsModel::count(int row, Status decision) const
{
    return m_cells.at(row)[std::size_t(StatusSummaryModel::rowOf(decision))];
}

qint64 DeterminationsModel::total(Status decision) const
{
    qint64 sum = 0;
    for (int row = 0; row < m_cells.size(); ++row)
        sum += count(row, decision);
    return sum;
}

} // namespace spinereview
