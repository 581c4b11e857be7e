// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/themedchartview.h"

class QBarCategoryAxis;
class QHBarModelMapper;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace spinereview {

class StatusSummaryModel;

// The determinations at a glance: one horizontal stacked bar per requested component, its parts the levels
// met, not met and incomplete — sets named in words in the legend and on the bars, fed by a QHBarModelMapper.
class StatusSummaryChart final : public ThemedChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSummaryChart)

public:
    explicit StatusSummaryChart(StatusSummaryModel* model, QWidget* parent = nullptr);

    QHorizontalStackedBarSeries* series() const { return m_series; }
    QBarCategoryAxis* componentAxis() const { return m_componentAxis; }
    QString describe() const;

private:
    void refresh();

    StatusSummaryModel* m_model;
    QHorizontalStackedBarSeries* m_series;
    QHBarModelMapper* m_mapper;
    QBarCategoryAxis* m_componentAxis;
    QValueAxis* m_countAxis;
};

} // namespace spinereview
