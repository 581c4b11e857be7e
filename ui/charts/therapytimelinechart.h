// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/themedchartview.h"

class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QAreaSeries;

namespace spinereview {

class TherapyTimelineModel;

// The conservative care on a time axis: one lane per therapy type (named on the axis), each episode a thick
// segment fed from the model through its own QVXYModelMapper, with the review date and the windows that six
// and twelve weeks of required care would cover, measured back from it.
class TherapyTimelineChart final : public ThemedChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TherapyTimelineChart)

public:
    // Segment width in pixels: thick enough to read as a bar.
    static constexpr int kEpisodeWidth = 10;

    explicit TherapyTimelineChart(TherapyTimelineModel* model, QWidget* parent = nullptr);

    // The episode series, in the model's episode order.
    QList<QLineSeries*> episodeSeries() const { return m_episodeSeries; }
    QLineSeries* reviewDateSeries() const { return m_reviewDate; }
    // The dashed line at the start of the window of `weeks` (6 or 12) weeks before the review date.
    QLineSeries* requiredWindowSeries(int weeks) const;
    // The content in words, as the accessible name says it.
    QString describe() const;

protected:
    void recolour(const QPalette& palette) override;

private:
    void rebuild();
    void setVerticalLine(QLineSeries* series, qreal x, qreal low, qreal high);

    TherapyTimelineModel* m_model;
    QDateTimeAxis* m_timeAxis;
    QCategoryAxis* m_laneAxis;
    QList<QLineSeries*> m_episodeSeries;
    QLineSeries* m_reviewDate;
    QLineSeries* m_sixWeeks;
    QLineSeries* m_twelveWeeks;
    QLineSeries* m_windowLow;
    QLineSeries* m_windowHigh;
    QAreaSeries* m_window;
};

} // namespace spinereview
