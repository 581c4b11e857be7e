// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/statussummarychart.h"

#include "models/statussummarymodel.h"
#include "results/statuspresentation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHBarModelMapper>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace spinereview {

StatusSummaryChart::StatusSummaryChart(StatusSummaryModel* model, QWidget* parent)
    : ThemedChartView(parent)
    , m_model(model)
    , m_series(new QHorizontalStackedBarSeries)
    , m_mapper(new QHBarModelMapper(this))
    , m_componentAxis(new QBarCategoryAxis)
    , m_countAxis(new QValueAxis)
{
    setObjectName(u"statusSummaryChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 260);
    auto* chart = new QChart;
    setChart(chart);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addSeries(m_series);
    m_countAxis->setTitleText(tr("Levels (1 for a component decided for the whole case)"));
    m_countAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(m_componentAxis, Qt::AlignLeft);
    chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_componentAxis);
    m_series->attachAxis(m_countAxis);
    m_series->setLabelsVisible(true);

    m_mapper->setFirstBarSetRow(0);
    m_mapper->setLastBarSetRow(StatusSummaryModel::kRowCount - 1);
    m_mapper->setFirstColumn(0);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);

    // Connected after the mapper's own connections, so the sets it rebuilds or updates exist when this runs.
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatusSummaryChart::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StatusSummaryChart::refresh);
    refresh();
    applyPalette();
}

void StatusSummaryChart::refresh()
{
    const QList<QBarSet*> sets = m_series->barSets();
    for (QBarSet* set : sets) {
        const int row = int(sets.indexOf(set));
        const Status status = StatusSummaryModel::statusOf(static_cast<StatusSummaryModel::Row>(row));
        set->setColor(StatusPresentation::colour(status));
        set->setBorderColor(StatusPresentation::colour(status).darker(130));
        // Dark text on the pale orange of incomplete, white on the dark green and red.
        set->setLabelColor(status == Status::Incomplete ? Qt::black : Qt::white);
    }

    QStringList components;
    int widest = 1;
    for (int column = 0; column < m_model->componentCount(); ++column) {
        components.append(m_model->headerData(column, Qt::Horizontal).toString());
        int total = 0;
        for (int row = 0; row < StatusSummaryModel::kRowCount; ++row)
            total += m_model->index(row, column).data().toInt();
        widest = std::max(widest, total);
    }
    // Each of these lays the axes out again, text shaping included, even when the value is the same.
    if (m_componentAxis->categories() != components)
        m_componentAxis->setCategories(components);
    if (m_countAxis->max() != widest || m_countAxis->min() != 0) {
        m_countAxis->setRange(0, widest);
        m_countAxis->setTickCount(widest + 1);
    }
    const QString title = components.isEmpty() ? tr("Status summary: no evaluation") : tr("Status summary");
    if (chart()->title() != title)
        chart()->setTitle(title);
    setAccessibleName(describe());
}

QString StatusSummaryChart::describe() const
{
    if (m_model->componentCount() == 0)
        return tr("Status summary: no evaluation");
    QStringList parts;
    for (int column = 0; column < m_model->componentCount(); ++column) {
        QStringList counts;
        for (int row = 0; row < StatusSummaryModel::kRowCount; ++row) {
            const int count = m_model->index(row, column).data().toInt();
            if (count > 0) {
                const Status status = StatusSummaryModel::statusOf(static_cast<StatusSummaryModel::Row>(row));
                counts.append(tr("%1 %2").arg(count).arg(StatusPresentation::word(status).toLower()));
            }
        }
        parts.append(tr("%1: %2").arg(m_model->headerData(column, Qt::Horizontal).toString(), counts.join(u", "_s)));
    }
    return tr("Status summary: %1").arg(parts.join(u"; "_s));
}

} // namespace spinereview
