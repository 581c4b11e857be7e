// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/countaxis.h"

#include <QValueAxis>

namespace spinereview::CountAxis {

namespace {
constexpr qint64 kMostUnitTicks = 5;
constexpr int kNiceTicks = 5;
} // namespace

void fit(QValueAxis* axis, qint64 highest)
{
    const qint64 top = std::max<qint64>(highest, 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, double(top));
    if (top <= kMostUnitTicks) {
        axis->setTickCount(int(top) + 1);
    } else {
        axis->setTickCount(kNiceTicks);
        axis->applyNiceNumbers();
    }
}

} // namespace spinereview::CountAxis
