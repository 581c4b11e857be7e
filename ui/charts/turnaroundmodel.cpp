// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/turnaroundmodel.h"

#include "worklist/reviewlabels.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace spinereview {

TurnaroundModel::TurnaroundModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TurnaroundModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TurnaroundModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant TurnaroundModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TurnaroundSummary& summary = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::ToolTipRole && column == Column::MeanHours && summary.determined > 0)
        return tr("Mean %1 hours, longest %2 hours from receipt to determination")
            .arg(QLocale().toString(summary.meanHours, 'f', 1), QLocale().toString(summary.maxHours, 'f', 1));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Column::OnTime:
        return summary.onTime;
    case Column::Late:
        return summary.late;
    case Column::OpenOverdue:
        return summary.openOverdue;
    case Column::OpenWithinClock:
        return summary.openWithinClock;
    case Column::MeanHours:
        return summary.determined > 0 ? QVariant(std::round(summary.meanHours * 10) / 10) : QVariant();
    case Column::ClockHours:
        return ReviewLabels::clockHours(summary.urgency);
    case Column::MeanX:
        return index.row() - kMarkerOffset;
    case Column::ClockX:
        return index.row() + kMarkerOffset;
    }
    return {};
}

QVariant TurnaroundModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const std::optional<Urgency> urgency = m_rows.at(section).urgency;
        if (role == Qt::ToolTipRole)
            return ReviewLabels::urgency(urgency);
        // The chart's category under its bars: "not stated" says the rest in the tooltip and the description.
        if (role == Qt::DisplayRole)
            return urgency ? ReviewLabels::urgency(urgency) : tr("Not stated");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    // Short: they are the chart's legend, six in a row under it.
    case Column::OnTime:
        return tr("Decided on time");
    case Column::Late:
        return tr("Decided late");
    case Column::OpenOverdue:
        return tr("Open, overdue");
    case Column::OpenWithinClock:
        return tr("Open, in time");
    case Column::MeanHours:
        return tr("Mean hours");
    case Column::ClockHours:
        return tr("Clock hours");
    case Column::MeanX:
        return tr("Position of the mean");
    case Column::ClockX:
        return tr("Position of the clock");
    }
    return {};
}

void TurnaroundModel::setSummaries(const QList<TurnaroundSummary>& summaries)
{
    QList<TurnaroundSummary> rows;
    for (std::optional<Urgency> urgency : {std::optional<Urgency>(Urgency::Expedited),
                                           std::optional<Urgency>(Urgency::Standard), std::optional<Urgency>()}) {
        const auto found = std::find_if(summaries.cbegin(), summaries.cend(),
                                        [&urgency](const TurnaroundSummary& each) { return each.urgency == urgency; });
        if (found != summaries.cend()) {
            rows.append(*found);
        } else if (urgency) {
            TurnaroundSummary none;
            none.urgency = urgency;
            rows.append(none);
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TurnaroundModel::rowOf(std::optional<Urgency> urgency) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).urgency == urgency)
            return row;
    }
    return -1;
}

} // namespace spinereview
