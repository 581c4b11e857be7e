// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"

// The stored review's own vocabularies, spelled in the database and in audit entries as below.

namespace spinereview {

// The review's way through the organisation: a nurse reviewer takes a draft into review, may send it to a
// physician advisor, and the review ends determined. A physician advisor may send it back into review.
enum class ReviewStatus { Draft, InReview, PhysicianAdvisor, Determined };
template <> struct EnumNames<ReviewStatus>
{
    static constexpr std::array names{"draft", "in_review", "physician_advisor", "determined"};
};

enum class ReviewerRole { NurseReviewer, PhysicianAdvisor, SurgeonsOffice };
template <> struct EnumNames<ReviewerRole>
{
    static constexpr std::array names{"nurse_reviewer", "physician_advisor", "surgeons_office"};
};

} // namespace spinereview
