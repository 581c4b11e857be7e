// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "storage/reviewenums.h"

#include <QDateTime>

#include <optional>

namespace spinereview {

// When a prior-authorization decision is due. CMS-0057-F (the CMS Interoperability and Prior Authorization
// final rule; impacted payers from 1 January 2026): expedited requests within 72 hours of receipt, standard
// requests within 7 calendar days. A request that does not state its urgency runs on the standard clock; a
// request without a receipt time has no clock.
namespace TurnaroundClock {

inline constexpr int expeditedHours = 72;
inline constexpr int standardCalendarDays = 7;

// Expedited: receipt + 72 hours. Standard: the same clock time 7 calendar days later, in the zone (offset)
// the receipt time was written in.
std::optional<QDateTime> dueAt(std::optional<Urgency> urgency, const std::optional<QDateTime>& receivedAt);
// A review is overdue while it is not determined and its due time has passed.
bool isOverdue(const std::optional<QDateTime>& dueAt, ReviewStatus status, const QDateTime& now);

} // namespace TurnaroundClock

} // namespace spinereview
