// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/outcometrendchart.h"

#include "charts/modelseries.h"
#include "models/outcometrendmodel.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

constexpr qint64 kMarginDays = 7;

QSortFilterProxyModel* documentedRows(OutcomeTrendModel* model, OutcomeTrendModel::Column column, QObject* parent)
{
    // An undocumented measure has no value.
    return ModelSeries::rowsWithValue(model, static_cast<int>(column), parent);
}

QLineSeries* scoreSeries(const QString& name, const QColor& colour, QSortFilterProxyModel* rows,
                         OutcomeTrendModel::Column column, QChart* chart)
{
    auto* series = new QLineSeries(chart);
    series->setName(name);
    series->setPointsVisible(true);
    series->setPointLabelsVisible(true);
    series->setPointLabelsFormat(u"@yPoint"_s);
    QPen pen(colour);
    pen.setWidth(3);
    series->setPen(pen);
    ModelSeries::feed(series, rows, static_cast<int>(OutcomeTrendModel::Column::Time), static_cast<int>(column), chart);
    return series;
}

} // namespace

OutcomeTrendChart::OutcomeTrendChart(OutcomeTrendModel* model, QWidget* parent)
    : ThemedChartView(parent)
    , m_model(model)
    , m_painRows(documentedRows(model, OutcomeTrendModel::Column::Pain, this))
    , m_odiRows(documentedRows(model, OutcomeTrendModel::Column::Odi, this))
    , m_timeAxis(new QDateTimeAxis)
    , m_painAxis(new QValueAxis)
    , m_odiAxis(new QValueAxis)
{
    setObjectName(u"outcomeTrendChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 260);
    auto* chart = new QChart;
    setChart(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_timeAxis->setFormat(u"yyyy-MM-dd"_s);
    m_timeAxis->setTickCount(5);
    m_timeAxis->setTitleText(tr("Date"));
    m_painAxis->setRange(0, 10);
    m_painAxis->setTickCount(6);
    m_painAxis->setLabelFormat(u"%d"_s);
    m_painAxis->setTitleText(tr("Pain (0–10)"));
    m_odiAxis->setRange(0, 100);
    m_odiAxis->setTickCount(6);
    m_odiAxis->setLabelFormat(u"%d"_s);
    m_odiAxis->setTitleText(tr("ODI (0–100)"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_painAxis, Qt::AlignLeft);
    chart->addAxis(m_odiAxis, Qt::AlignRight);

    m_pain =
        scoreSeries(tr("Pain (0–10)"), QColor(0xd6, 0x27, 0x28), m_painRows, OutcomeTrendModel::Column::Pain, chart);
    m_pain->attachAxis(m_timeAxis);
    m_pain->attachAxis(m_painAxis);
    m_odi = scoreSeries(tr("ODI (0–100)"), QColor(0x1f, 0x77, 0xb4), m_odiRows, OutcomeTrendModel::Column::Odi, chart);
    // ODI dashed, pain solid: the two lines differ in more than colour.
    m_odi->setPen([] {
        QPen pen(QColor(0x1f, 0x77, 0xb4));
        pen.setWidth(3);
        pen.setStyle(Qt::DashLine);
        return pen;
    }());
    m_odi->attachAxis(m_timeAxis);
    m_odi->attachAxis(m_odiAxis);

    connect(m_model, &QAbstractItemModel::modelReset, this, &OutcomeTrendChart::refresh);
    refresh();
    applyPalette();
}

bool OutcomeTrendChart::isEmptyState() const
{
    return m_model->rowCount() == 0;
}

void OutcomeTrendChart::refresh()
{
    const bool empty = isEmptyState();
    m_pain->setVisible(!empty);
    m_odi->setVisible(!empty);
    // With nothing to plot, dates on the axis would suggest a period that was looked at and found empty.
    m_timeAxis->setLabelsVisible(!empty);
    if (empty) {
        chart()->setTitle(tr("No dated outcome scores documented"));
        const QDate today = QDate::currentDate();
        m_timeAxis->setRange(today.addMonths(-6).startOfDay(), today.startOfDay());
    } else {
        const QList<OutcomeScore>& scores = m_model->scores();
        const QDate first = scores.constFirst().date;
        const QDate last = scores.constLast().date;
        m_timeAxis->setRange(first.addDays(-kMarginDays).startOfDay(), last.addDays(kMarginDays).startOfDay());
        chart()->setTitle(scores.size() == 1 ? tr("Pain and ODI: 1 dated score")
                                             : tr("Pain and ODI: %1 dated scores").arg(scores.size()));
    }
    setAccessibleName(describe());
}

QString OutcomeTrendChart::describe() const
{
    if (isEmptyState())
        return tr("Pain and ODI: no dated outcome scores documented");
    QStringList points;
    const QLocale locale;
    for (const OutcomeScore& score : m_model->scores()) {
        const QString pain = score.painScore ? locale.toString(*score.painScore) : tr("not documented");
        const QString odi = score.odi ? locale.toString(*score.odi) : tr("not documented");
        points.append(tr("%1 pain %2, ODI %3").arg(score.date.toString(Qt::ISODate), pain, odi));
    }
    return tr("Pain and ODI: %1").arg(points.join(u"; "_s));
}

} // namespace spinereview
