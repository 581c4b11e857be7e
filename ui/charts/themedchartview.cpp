// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/themedchartview.h"

#include "theme/palettecolours.h"

#include <QAbstractAxis>
#include <QChart>
#include <QEvent>
#include <QLegend>

namespace spinereview {

ThemedChartView::ThemedChartView(QWidget* parent)
    : QChartView(parent)
{}

void ThemedChartView::applyPalette()
{
    QChart* chart = this->chart();
    if (!chart)
        return;
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    setBackgroundBrush(pal.color(QPalette::Window));
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(PaletteColours::mix(base, text, 0.55));
        axis->setGridLineColor(PaletteColours::mix(base, text, 0.18));
    }
    recolour(pal);
}

void ThemedChartView::recolour(const QPalette&) {}

void ThemedChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace spinereview
