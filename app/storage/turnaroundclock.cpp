// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/turnaroundclock.h"

namespace spinereview {

namespace TurnaroundClock {

std::optional<QDateTime> dueAt(std::optional<Urgency> urgency, const std::optional<QDateTime>& receivedAt)
{
    if (!receivedAt || !receivedAt->isValid())
        return std::nullopt;
    if (urgency == Urgency::Expedited)
        return receivedAt->addSecs(qint64(expeditedHours) * 3600);
    return receivedAt->addDays(standardCalendarDays);
}

bool isOverdue(const std::optional<QDateTime>& dueAt, ReviewStatus status, const QDateTime& now)
{
    return dueAt && status != ReviewStatus::Determined && *dueAt < now;
}

} // namespace TurnaroundClock

} // namespace spinereview
