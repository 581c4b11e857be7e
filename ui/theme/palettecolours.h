// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace spinereview {

// The few colours the desk adds to the system's palette, derived from it so they stay legible whether the
// system is light or dark: the window follows the platform theme's palette and never sets its own.
namespace PaletteColours {

// Whether the palette draws light text on a dark window.
bool isDark(const QPalette& palette);

// `from` moved `amount` (0–1) of the way towards `to`, channel by channel.
QColor mix(const QColor& from, const QColor& to, qreal amount);

// The text colour of an inline validation message: a red that keeps WCAG AA contrast (4.5:1) on the
// palette's window, dark red on light windows and light red on dark ones.
QColor issueText(const QPalette& palette);

// A background that marks a row or card in `accent`'s hue behind the palette's ordinary text: a light
// tint on light palettes, a dark one on dark palettes.
QColor accentBackground(const QPalette& palette, const QColor& accent);

// WCAG 2 contrast ratio between two colours, 1 (none) to 21 (black on white).
qreal contrastRatio(const QColor& a, const QColor& b);

} // namespace PaletteColours

} // namespace spinereview
