// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/dashboardrepository.h"

#include <QAbstractTableModel>

namespace spinereview {

// Turnaround against the clock per urgency, for the turnaround chart. One row per urgency — expedited and
// standard always, requests that do not state theirs when there are any — whose vertical header is the
// chart's category. The first four columns are bar sets (QVBarModelMapper; the horizontal header names the
// set); mean hours and the clock are points (QVXYModelMapper) at their own x, a little left and right of the
// category's centre so their labels do not cover each other. Mean hours is empty (an invalid value) where
// nothing was determined, so the chart can leave the point out instead of drawing 0.
class TurnaroundModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnaroundModel)

public:
    enum class Column { OnTime, Late, OpenOverdue, OpenWithinClock, MeanHours, ClockHours, MeanX, ClockX };
    static constexpr int kColumnCount = static_cast<int>(Column::ClockX) + 1;
    // How far from the category's centre the mean and the clock sit, in categories.
    static constexpr double kMarkerOffset = 0.22;
    static constexpr int kLastCountColumn = static_cast<int>(Column::OpenWithinClock);

    explicit TurnaroundModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSummaries(const QList<TurnaroundSummary>& summaries);
    const TurnaroundSummary& summary(int row) const { return m_rows.at(row); }
    // The row of an urgency (nullopt: not stated), or -1.
    int rowOf(std::optional<Urgency> urgency) const;

private:
    QList<TurnaroundSummary> m_rows;
};

} // namespace spinereview
