// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/themedchartview.h"

class QBarCategoryAxis;
class QBarSeries;
class QScatterSeries;
class QSortFilterProxyModel;
class QValueAxis;

namespace spinereview {

class TurnaroundModel;

// Turnaround against the clock, one group of bars per urgency: reviews determined on time and late, open
// reviews overdue and within their clock (left axis, counts), and on the right axis the mean hours from
// receipt to determination beside the clock's hours, as two kinds of marker. Sets and markers are named in
// the legend and counted on the chart; fed by a QVBarModelMapper and two QVXYModelMappers.
class TurnaroundChart final : public ThemedChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnaroundChart)

public:
    explicit TurnaroundChart(TurnaroundModel* model, QWidget* parent = nullptr);

    QBarSeries* countSeries() const { return m_counts; }
    QScatterSeries* meanHoursSeries() const { return m_meanHours; }
    QScatterSeries* clockSeries() const { return m_clock; }
    QBarCategoryAxis* urgencyAxis() const { return m_urgencyAxis; }
    QString describe() const;

protected:
    void recolour(const QPalette& palette) override;

private:
    void refresh();

    TurnaroundModel* m_model;
    // Urgencies with nothing determined have no mean: their rows are left out rather than drawn at 0.
    QSortFilterProxyModel* m_determinedRows;
    QBarSeries* m_counts;
    QScatterSeries* m_meanHours;
    QScatterSeries* m_clock;
    QBarCategoryAxis* m_urgencyAxis;
    QValueAxis* m_countAxis;
    QValueAxis* m_hoursAxis;
};

} // namespace spinereview
