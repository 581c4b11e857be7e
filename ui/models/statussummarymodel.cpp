// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statussummarymodel.h"

#include "editors/caselabels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace spinereview {

StatusSummaryModel::StatusSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int StatusSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kRowCount;
}

int StatusSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant StatusSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return m_columns.at(index.column()).counts[index.row()];
}

QVariant StatusSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        return CaseLabels::component(m_columns.at(section).component);
    }
    switch (static_cast<Row>(section)) {
    case Row::Met:
        return tr("Met");
    case Row::NotMet:
        return tr("Not met");
    case Row::Incomplete:
        return tr("Incomplete");
    }
    return {};
}

void StatusSummaryModel::setResult(const EvaluationResult& result)
{
    QList<ComponentCounts> columns;
    columns.reserve(qsizetype(result.components.size()));
    for (const ComponentOutcome& outcome : result.components) {
        ComponentCounts counts;
        counts.component = outcome.component;
        if (outcome.levels.empty()) {
            ++counts.counts[static_cast<int>(rowOf(outcome.status))];
        } else {
            for (const auto& [level, status] : outcome.levels)
                ++counts.counts[static_cast<int>(rowOf(status))];
        }
        columns.append(counts);
    }
    // Every keystroke re-evaluates, and most change no count: a reset would make the chart lay itself out
    // again for nothing. The same components with other counts are a data change the bar mapper applies
    // in place; only another set of components is a new table.
    if (columns == m_columns)
        return;
    const bool sameComponents =
        std::equal(columns.cbegin(), columns.cend(), m_columns.cbegin(), m_columns.cend(),
                   [](const ComponentCounts& a, const ComponentCounts& b) { return a.component == b.component; });
    if (sameComponents) {
        m_columns = columns;
        emit dataChanged(index(0, 0), index(kRowCount - 1, int(m_columns.size()) - 1), {Qt::DisplayRole, Qt::EditRole});
        return;
    }
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

Status StatusSummaryModel::statusOf(Row row)
{
    switch (row) {
    case Row::Met:
        return Status::Met;
    case Row::NotMet:
        return Status::NotMet;
    case Row::Incomplete:
        break;
    }
    return Status::Incomplete;
}

StatusSummaryModel::Row StatusSummaryModel::rowOf(Status status)
{
    switch (status) {
    case Status::Met:
        return Row::Met;
    case Status::NotMet:
        return Row::NotMet;
    case Status::Incomplete:
        break;
    }
    return Row::Incomplete;
}

int StatusSummaryModel::count(int column, Status status) const
{
    return m_columns.at(column).counts[static_cast<int>(rowOf(status))];
}

} // namespace spinereview
