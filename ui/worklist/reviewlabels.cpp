// SPDX-License-Identifier: GPL-3.0-or-later
#include "worklist/reviewlabels.h"

#include "editors/caselabels.h"
#include "storage/turnaroundclock.h"

namespace spinereview {

QString ReviewLabels::status(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft:
        return tr("Draft");
    case ReviewStatus::InReview:
        return tr("In review");
    case ReviewStatus::PhysicianAdvisor:
        return tr("With physician advisor");
    case ReviewStatus::Determined:
        return tr("Determined");
    }
    return {};
}

QString ReviewLabels::role(ReviewerRole role)
{
    switch (role) {
    case ReviewerRole::NurseReviewer:
        return tr("Nurse reviewer");
    case ReviewerRole::PhysicianAdvisor:
        return tr("Physician advisor");
    case ReviewerRole::SurgeonsOffice:
        return tr("Surgeon's office");
    }
    return {};
}

QString ReviewLabels::urgency(std::optional<Urgency> urgency)
{
    if (!urgency)
        return tr("Not stated (standard clock)");
    return CaseLabels::urgencies().value(static_cast<int>(*urgency));
}

int ReviewLabels::clockHours(std::optional<Urgency> urgency)
{
    constexpr int hoursPerDay = 24;
    return urgency == Urgency::Expedited ? TurnaroundClock::expeditedHours
                                         : TurnaroundClock::standardCalendarDays * hoursPerDay;
}

} // namespace spinereview
