// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/palettecolours.h"

#include <algorithm>
#include <cmath>

namespace spinereview::PaletteColours {

namespace {

// WCAG 2 relative luminance of an sRGB colour.
qreal luminance(const QColor& colour)
{
    const auto linear = [](qreal channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

} // namespace

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

QColor mix(const QColor& from, const QColor& to, qreal amount)
{
    const qreal t = std::clamp<qreal>(amount, 0.0, 1.0);
    const auto channel = [t](qreal a, qreal b) { return a + (b - a) * t; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())), float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

QColor issueText(const QPalette& palette)
{
    // Material red 900 on light windows, red 200 on dark ones; if a theme's window is neither light nor dark
    // enough for either, move towards its own text colour until the message is legible.
    const QColor window = palette.color(QPalette::Window);
    QColor red = isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    const QColor text = palette.color(QPalette::WindowText);
    for (int step = 0; step < 10 && contrastRatio(red, window) < 4.5; ++step)
        red = mix(red, text, 0.25);
    return red;
}

QColor accentBackground(const QPalette& palette, const QColor& accent)
{
    return mix(palette.color(QPalette::Base), accent, isDark(palette) ? 0.30 : 0.14);
}

qreal contrastRatio(const QColor& a, const QColor& b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace spinereview::PaletteColours
