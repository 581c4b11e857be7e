// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/turnaroundchart.h"

#include "charts/countaxis.h"
#include "charts/modelseries.h"
#include "charts/turnaroundmodel.h"
#include "worklist/reviewlabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

// On time, late, open overdue, open within the clock: green, red, orange, blue — each dark enough for white
// counts, and none of them is a determination's amber. The legend and the bar order name them too.
const std::array<QColor, TurnaroundModel::kLastCountColumn + 1> kCountColours = {
    QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28), QColor(0xe6, 0x51, 0x00), QColor(0x15, 0x65, 0xc0)};
constexpr qreal kMarkerSize = 13;
// Room above the highest marker for its label.
constexpr double kHoursHeadroom = 1.15;

QScatterSeries* hoursSeries(const QString& name, QScatterSeries::MarkerShape shape, QAbstractItemModel* rows,
                            TurnaroundModel::Column xColumn, TurnaroundModel::Column yColumn, QChart* chart)
{
    auto* series = new QScatterSeries(chart);
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(kMarkerSize);
    series->setPointLabelsVisible(true);
    series->setPointLabelsFormat(TurnaroundChart::tr("@yPoint h"));
    ModelSeries::feed(series, rows, static_cast<int>(xColumn), static_cast<int>(yColumn), chart);
    // Bars keep the legend's boxes; a marker shows its own shape there, a circle or a square.
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setShape(QLegend::MarkerShapeFromSeries);
    return series;
}

} // namespace

TurnaroundChart::TurnaroundChart(TurnaroundModel* model, QWidget* parent)
    : ThemedChartView(parent)
    , m_model(model)
    , m_determinedRows(ModelSeries::rowsWithValue(model, static_cast<int>(TurnaroundModel::Column::MeanHours), this))
    , m_counts(new QBarSeries)
    , m_urgencyAxis(new QBarCategoryAxis)
    , m_countAxis(new QValueAxis)
    , m_hoursAxis(new QValueAxis)
{
    setObjectName(u"turnaroundChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 280);
    auto* chart = new QChart;
    setChart(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Turnaround against the clock"));

    m_urgencyAxis->setTitleText(tr("Urgency"));
    m_countAxis->setTitleText(tr("Reviews"));
    m_hoursAxis->setTitleText(tr("Hours from receipt"));
    m_hoursAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(m_urgencyAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    chart->addAxis(m_hoursAxis, Qt::AlignRight);

    chart->addSeries(m_counts);
    m_counts->attachAxis(m_urgencyAxis);
    m_counts->attachAxis(m_countAxis);
    m_counts->setLabelsVisible(true);
    auto* barMapper = new QVBarModelMapper(this);
    barMapper->setFirstBarSetColumn(0);
    barMapper->setLastBarSetColumn(TurnaroundModel::kLastCountColumn);
    barMapper->setFirstRow(0);
    barMapper->setSeries(m_counts);
    barMapper->setModel(m_model);

    m_clock = hoursSeries(tr("Clock hours"), QScatterSeries::MarkerShapeRectangle, m_model,
                          TurnaroundModel::Column::ClockX, TurnaroundModel::Column::ClockHours, chart);
    m_meanHours = hoursSeries(tr("Mean hours"), QScatterSeries::MarkerShapeCircle, m_determinedRows,
                              TurnaroundModel::Column::MeanX, TurnaroundModel::Column::MeanHours, chart);
    for (QScatterSeries* series : {m_clock, m_meanHours}) {
        series->attachAxis(m_urgencyAxis);
        series->attachAxis(m_hoursAxis);
    }

    // Connected after the mappers' own connections, so the sets and points they rebuild exist when this runs.
    connect(m_model, &QAbstractItemModel::modelReset, this, &TurnaroundChart::refresh);
    refresh();
    applyPalette();
}

void TurnaroundChart::recolour(const QPalette& palette)
{
    // The markers in the text's colour, the clock hollow: both legible on a light or a dark theme.
    const QColor text = palette.color(QPalette::Text);
    m_meanHours->setColor(text);
    m_meanHours->setBorderColor(text);
    m_meanHours->setPointLabelsColor(text);
    m_clock->setColor(Qt::transparent);
    m_clock->setBorderColor(text);
    m_clock->setPen(QPen(text, 2));
    m_clock->setPointLabelsColor(text);
}

void TurnaroundChart::refresh()
{
    const QList<QBarSet*> sets = m_counts->barSets();
    for (int column = 0; column < sets.size() && column < int(kCountColours.size()); ++column) {
        sets.at(column)->setColor(kCountColours.at(std::size_t(column)));
        sets.at(column)->setBorderColor(kCountColours.at(std::size_t(column)).darker(130));
        sets.at(column)->setLabelColor(Qt::white);
    }

    QStringList urgencies;
    qint64 highestCount = 0;
    // The standard clock even before anything is read: an axis needs a range.
    double highestHours = ReviewLabels::clockHours(Urgency::Standard);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        urgencies.append(m_model->headerData(row, Qt::Vertical).toString());
        const TurnaroundSummary& summary = m_model->summary(row);
        highestCount =
            std::max({highestCount, summary.onTime, summary.late, summary.openOverdue, summary.openWithinClock});
        highestHours = std::max({highestHours, summary.meanHours, double(ReviewLabels::clockHours(summary.urgency))});
    }
    if (m_urgencyAxis->categories() != urgencies)
        m_urgencyAxis->setCategories(urgencies);
    CountAxis::fit(m_countAxis, highestCount);
    m_hoursAxis->setRange(0, highestHours * kHoursHeadroom);
    m_hoursAxis->applyNiceNumbers();
    setAccessibleName(describe());
}

QString TurnaroundChart::describe() const
{
    QStringList parts;
    const QLocale locale;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TurnaroundSummary& summary = m_model->summary(row);
        const int clock = ReviewLabels::clockHours(summary.urgency);
        const QString determined = summary.determined > 0
                                       ? tr("%1 determined on time, %2 late, mean %3 hours against a %4-hour clock")
                                             .arg(summary.onTime)
                                             .arg(summary.late)
                                             .arg(locale.toString(summary.meanHours, 'f', 1))
                                             .arg(clock)
                                       : tr("none determined (%1-hour clock)").arg(clock);
        parts.append(tr("%1: %2; %3 open overdue, %4 open within the clock")
                         .arg(ReviewLabels::urgency(summary.urgency), determined)
                         .arg(summary.openOverdue)
                         .arg(summary.openWithinClock));
    }
    return tr("Turnaround: %1").arg(parts.join(u". "_s));
}

} // namespace spinereview
