// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QValueAxis;

namespace spinereview::CountAxis {

// Fits a value axis of counts from 0 to at least `highest`, with whole-number ticks: one per count up to
// five, nice round steps above.
void fit(QValueAxis* axis, qint64 highest);

} // namespace spinereview::CountAxis
