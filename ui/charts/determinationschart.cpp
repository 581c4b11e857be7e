// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/determinationschart.h"

#include "charts/countaxis.h"
#include "charts/determinationsmodel.h"
#include "editors/caselabels.h"
#include "results/statuspresentation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

// Past this many bars the counts on them overlap; the axis and the accessible description still carry them.
constexpr int kMostLabelledBars = 16;
// Past this many categories the period labels are turned upright so they do not run into each other.
constexpr int kMostFlatLabels = 8;

QString periodTitle(DashboardRepository::Period period)
{
    switch (period) {
    case DashboardRepository::Period::Day:
        return DeterminationsChart::tr("Day determined (UTC)");
    case DashboardRepository::Period::Week:
        return DeterminationsChart::tr("Week determined (starting Monday, UTC)");
    case DashboardRepository::Period::Month:
        return DeterminationsChart::tr("Month determined (UTC)");
    }
    return {};
}

} // namespace

DeterminationsChart::DeterminationsChart(DeterminationsModel* model, QWidget* parent)
    : ThemedChartView(parent)
    , m_model(model)
    , m_series(new QStackedBarSeries)
    , m_mapper(new QVBarModelMapper(this))
    , m_periodAxis(new QBarCategoryAxis)
    , m_countAxis(new QValueAxis)
{
    setObjectName(u"determinationsChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 280);
    auto* chart = new QChart;
    setChart(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addSeries(m_series);
    chart->addAxis(m_periodAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_series->attachAxis(m_periodAxis);
    m_series->attachAxis(m_countAxis);

    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(DeterminationsModel::kColumnCount - 1);
    m_mapper->setFirstRow(0);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);

    // Connected after the mapper's own connections, so the sets it rebuilds or updates exist when this runs.
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeterminationsChart::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeterminationsChart::refresh);
    refresh();
    applyPalette();
}

void DeterminationsChart::refresh()
{
    const QList<QBarSet*> sets = m_series->barSets();
    for (int column = 0; column < sets.size(); ++column) {
        const Status status = StatusSummaryModel::statusOf(static_cast<DeterminationsModel::Column>(column));
        QBarSet* set = sets.at(column);
        set->setColor(StatusPresentation::colour(status));
        set->setBorderColor(StatusPresentation::colour(status).darker(130));
        set->setLabelColor(status == Status::Incomplete ? Qt::black : Qt::white);
    }

    QStringList periods;
    qint64 tallest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        periods.append(m_model->headerData(row, Qt::Vertical).toString());
        qint64 height = 0;
        for (int column = 0; column < DeterminationsModel::kColumnCount; ++column)
            height += m_model->index(row, column).data().toLongLong();
        tallest = std::max(tallest, height);
    }
    if (m_periodAxis->categories() != periods)
        m_periodAxis->setCategories(periods);
    m_periodAxis->setLabelsAngle(periods.size() > kMostFlatLabels ? -90 : 0);
    m_periodAxis->setTitleText(periodTitle(m_model->period()));
    CountAxis::fit(m_countAxis, tallest);
    m_countAxis->setTitleText(m_model->component() ? tr("Reviews decided") : tr("Component decisions"));
    m_series->setLabelsVisible(periods.size() <= kMostLabelledBars);

    const QString what = m_model->component() ? CaseLabels::component(*m_model->component()) : tr("all components");
    chart()->setTitle(tr("Final decisions: %1").arg(what));
    setAccessibleName(describe());
}

QString DeterminationsChart::describe() const
{
    const QString what = m_model->component() ? CaseLabels::component(*m_model->component()) : tr("all components");
    QStringList parts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList counts;
        for (Status status : {Status::Met, Status::NotMet, Status::Incomplete}) {
            if (const qint64 count = m_model->count(row, status); count > 0)
                counts.append(tr("%1 %2").arg(count).arg(StatusPresentation::word(status).toLower()));
        }
        if (!counts.isEmpty())
            parts.append(tr("%1: %2").arg(m_model->headerData(row, Qt::Vertical).toString(), counts.join(u", "_s)));
    }
    if (parts.isEmpty())
        return tr("Final decisions, %1: none in this range").arg(what);
    return tr("Final decisions, %1: %2").arg(what, parts.join(u"; "_s));
}

} // namespace spinereview
