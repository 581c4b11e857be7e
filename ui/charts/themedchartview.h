// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

namespace spinereview {

// A chart view whose chart takes its background, text, axes and grid from the widget's palette, and takes
// them again when the palette changes — so the charts follow a light or dark system theme like the rest of
// the desk instead of Qt Charts' fixed light theme. Series colours stay the subclass's business
// (recolour()), since they carry meaning.
class ThemedChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ThemedChartView(QWidget* parent = nullptr);

protected:
    // Colours the chart from palette(); subclasses call it at the end of their constructor, once their axes
    // and series exist.
    void applyPalette();
    // The subclass's own palette-derived colours (marker lines and the like).
    virtual void recolour(const QPalette& palette);
    void changeEvent(QEvent* event) override;
};

} // namespace spinereview
