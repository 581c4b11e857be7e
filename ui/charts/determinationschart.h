// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/themedchartview.h"

class QBarCategoryAxis;
class QStackedBarSeries;
class QVBarModelMapper;
class QValueAxis;

namespace spinereview {

class DeterminationsModel;

// Final decisions per period as stacked bars, one bar a period, its parts met, not met and incomplete — sets
// named in the legend, counts on the bars, the axes titled — fed by a QVBarModelMapper.
class DeterminationsChart final : public ThemedChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeterminationsChart)

public:
    explicit DeterminationsChart(DeterminationsModel* model, QWidget* parent = nullptr);

    QStackedBarSeries* series() const { return m_series; }
    QBarCategoryAxis* periodAxis() const { return m_periodAxis; }
    QValueAxis* countAxis() const { return m_countAxis; }
    QString describe() const;

private:
    void refresh();

    DeterminationsModel* m_model;
    QStackedBarSeries* m_series;
    QVBarModelMapper* m_mapper;
    QBarCategoryAxis* m_periodAxis;
    QValueAxis* m_countAxis;
};

} // namespace spinereview
