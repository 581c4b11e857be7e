// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/therapytimelinechart.h"

#include "models/therapytimelinemodel.h"
#include "theme/palettecolours.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVXYModelMapper>

#include <array>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

// One colour per therapy type, in the enumeration's order; the lane's label names the type, so colour only
// helps the eye follow a lane.
const std::array<QColor, 15> kTypeColours = {
    QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
    QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0x63, 0x79, 0x39),
    QColor(0x8c, 0x6d, 0x31), QColor(0x84, 0x3c, 0x39), QColor(0x7b, 0x41, 0x73)};

constexpr int kShortWeeks = 6;
constexpr int kLongWeeks = 12;
constexpr qint64 kMarginDays = 14;

QLineSeries* markerLine(QChart* chart, const QString& name, const QColor& colour, Qt::PenStyle style)
{
    auto* series = new QLineSeries(chart);
    series->setName(name);
    QPen pen(colour);
    pen.setWidth(2);
    pen.setStyle(style);
    series->setPen(pen);
    chart->addSeries(series);
    return series;
}

} // namespace

TherapyTimelineChart::TherapyTimelineChart(TherapyTimelineModel* model, QWidget* parent)
    : ThemedChartView(parent)
    , m_model(model)
    , m_timeAxis(new QDateTimeAxis)
    , m_laneAxis(new QCategoryAxis)
{
    setObjectName(u"therapyTimelineChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 260);
    auto* chart = new QChart;
    setChart(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_timeAxis->setFormat(u"yyyy-MM-dd"_s);
    m_timeAxis->setTickCount(6);
    m_timeAxis->setTitleText(tr("Date"));
    m_laneAxis->setTitleText(tr("Therapy"));
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_laneAxis, Qt::AlignLeft);

    // The shaded band is the 12-week window; the dashed lines mark where each required window starts.
    m_windowLow = new QLineSeries(chart);
    m_windowHigh = new QLineSeries(chart);
    m_window = new QAreaSeries(m_windowHigh, m_windowLow);
    m_window->setName(tr("12-week window before the review date"));
    m_window->setColor(QColor(0x1f, 0x77, 0xb4, 28));
    m_window->setBorderColor(Qt::transparent);
    chart->addSeries(m_window);
    m_sixWeeks = markerLine(chart, tr("6 weeks required"), QColor(0x55, 0x55, 0x55), Qt::DashLine);
    m_twelveWeeks = markerLine(chart, tr("12 weeks required"), QColor(0x22, 0x22, 0x22), Qt::DashDotLine);
    m_reviewDate = markerLine(chart, tr("Review date"), QColor(0xc0, 0x00, 0x00), Qt::SolidLine);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(m_window), static_cast<QAbstractSeries*>(m_sixWeeks),
          static_cast<QAbstractSeries*>(m_twelveWeeks), static_cast<QAbstractSeries*>(m_reviewDate)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_laneAxis);
    }

    connect(m_model, &QAbstractItemModel::modelReset, this, &TherapyTimelineChart::rebuild);
    rebuild();
    applyPalette();
}

void TherapyTimelineChart::recolour(const QPalette& palette)
{
    // The required-window marks are drawn in the text's colour, the review date in the desk's red: visible
    // on light and dark themes alike.
    const QColor text = palette.color(QPalette::Text);
    const auto repen = [](QLineSeries* series, const QColor& colour) {
        QPen pen = series->pen();
        pen.setColor(colour);
        series->setPen(pen);
    };
    repen(m_sixWeeks, PaletteColours::mix(text, palette.color(QPalette::Base), 0.35));
    repen(m_twelveWeeks, text);
    repen(m_reviewDate, PaletteColours::issueText(palette));
}

QLineSeries* TherapyTimelineChart::requiredWindowSeries(int weeks) const
{
    if (weeks == kShortWeeks)
        return m_sixWeeks;
    if (weeks == kLongWeeks)
        return m_twelveWeeks;
    return nullptr;
}

void TherapyTimelineChart::setVerticalLine(QLineSeries* series, qreal x, qreal low, qreal high)
{
    series->replace(QList<QPointF>{{x, low}, {x, high}});
}

void TherapyTimelineChart::rebuild()
{
    QChart* chart = this->chart();
    for (QLineSeries* series : std::as_const(m_episodeSeries)) {
        chart->removeSeries(series);
        delete series; // its mapper is its child
    }
    m_episodeSeries.clear();

    for (const QString& label : m_laneAxis->categoriesLabels())
        m_laneAxis->remove(label);
    const int lanes = m_model->laneCount();
    m_laneAxis->setStartValue(-0.5);
    for (int lane = 0; lane < lanes; ++lane)
        m_laneAxis->append(m_model->laneLabel(lane), lane + 0.5);
    const qreal low = -0.5;
    const qreal high = std::max(lanes, 1) - 0.5;
    m_laneAxis->setRange(low, high);

    for (int n = 0; n < m_model->episodeCount(); ++n) {
        const TherapyTimelineModel::Episode& episode = m_model->episode(n);
        auto* series = new QLineSeries(chart);
        series->setName(m_model->laneLabel(episode.lane));
        QPen pen(kTypeColours.at(static_cast<std::size_t>(episode.type) % kTypeColours.size()));
        pen.setWidth(kEpisodeWidth);
        pen.setCapStyle(Qt::FlatCap);
        series->setPen(pen);
        auto* mapper = new QVXYModelMapper(series);
        mapper->setXColumn(static_cast<int>(TherapyTimelineModel::Column::Time));
        mapper->setYColumn(static_cast<int>(TherapyTimelineModel::Column::Lane));
        mapper->setFirstRow(n * TherapyTimelineModel::kRowsPerEpisode);
        mapper->setRowCount(TherapyTimelineModel::kRowsPerEpisode);
        mapper->setSeries(series);
        mapper->setModel(m_model);
        chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_laneAxis);
        // The lane axis names each type; a legend entry per episode would only repeat it.
        for (QLegendMarker* marker : chart->legend()->markers(series))
            marker->setVisible(false);
        m_episodeSeries.append(series);
    }

    const QDate review = m_model->reviewDate().isValid() ? m_model->reviewDate() : QDate::currentDate();
    const qreal reviewX = TherapyTimelineModel::timeOf(review);
    const qreal sixX = TherapyTimelineModel::timeOf(m_model->requiredWindowStart(kShortWeeks));
    const qreal twelveX = TherapyTimelineModel::timeOf(m_model->requiredWindowStart(kLongWeeks));
    setVerticalLine(m_reviewDate, reviewX, low, high);
    setVerticalLine(m_sixWeeks, sixX, low, high);
    setVerticalLine(m_twelveWeeks, twelveX, low, high);
    m_windowLow->replace(QList<QPointF>{{twelveX, low}, {reviewX, low}});
    m_windowHigh->replace(QList<QPointF>{{twelveX, high}, {reviewX, high}});

    QDate first = m_model->requiredWindowStart(kLongWeeks);
    QDate last = review;
    for (int n = 0; n < m_model->episodeCount(); ++n) {
        first = std::min(first, m_model->episode(n).start);
        last = std::max(last, m_model->episode(n).end);
    }
    m_timeAxis->setRange(first.addDays(-kMarginDays).startOfDay(), last.addDays(kMarginDays).startOfDay());

    if (m_model->episodeCount() == 0)
        chart->setTitle(tr("Conservative care: no dated therapy documented"));
    else if (const std::optional<int> weeks = m_model->weeksCounted())
        chart->setTitle(*weeks == 1 ? tr("Conservative care: 1 week counted")
                                    : tr("Conservative care: %1 weeks counted").arg(*weeks));
    else
        chart->setTitle(tr("Conservative care"));
    setAccessibleName(describe());
}

QString TherapyTimelineChart::describe() const
{
    QStringList episodes;
    for (int n = 0; n < m_model->episodeCount(); ++n) {
        const TherapyTimelineModel::Episode& episode = m_model->episode(n);
        QString text = tr("%1 %2 to %3")
                           .arg(m_model->laneLabel(episode.lane).toLower(), episode.start.toString(Qt::ISODate),
                                episode.end.toString(Qt::ISODate));
        if (episode.ongoing)
            text += tr(" (ongoing)");
        episodes.append(text);
    }
    QString text =
        tr("Therapy timeline: %1").arg(episodes.isEmpty() ? tr("no dated therapy documented") : episodes.join(u", "_s));
    if (const std::optional<int> weeks = m_model->weeksCounted())
        text += *weeks == 1 ? tr("; 1 week of care counted") : tr("; %1 weeks of care counted").arg(*weeks);
    text += tr("; review date %1").arg(m_model->reviewDate().toString(Qt::ISODate));
    return text;
}

} // namespace spinereview
