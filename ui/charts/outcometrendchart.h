// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/themedchartview.h"

class QDateTimeAxis;
class QLineSeries;
class QSortFilterProxyModel;
class QValueAxis;

namespace spinereview {

class OutcomeTrendModel;

// Pain (0–10, left axis) and ODI (0–100, right axis) over the dated outcome scores, each a line with point
// markers fed from the model through a QVXYModelMapper; says so in words when no dated score is documented.
class OutcomeTrendChart final : public ThemedChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeTrendChart)

public:
    explicit OutcomeTrendChart(OutcomeTrendModel* model, QWidget* parent = nullptr);

    QLineSeries* painSeries() const { return m_pain; }
    QLineSeries* odiSeries() const { return m_odi; }
    // True when the model has no dated score and the chart shows its "nothing documented" title.
    bool isEmptyState() const;
    QString describe() const;

private:
    void refresh();

    OutcomeTrendModel* m_model;
    // Rows without a pain (or ODI) value are filtered out rather than drawn at 0.
    QSortFilterProxyModel* m_painRows;
    QSortFilterProxyModel* m_odiRows;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_painAxis;
    QValueAxis* m_odiAxis;
    QLineSeries* m_pain;
    QLineSeries* m_odi;
};

} // namespace spinereview
