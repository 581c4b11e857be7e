// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/review.h"
#include "storage/reviewer.h"
#include "storage/storageerror.h"

namespace spinereview {

// What a save may change, as utilization review works: the engine's determinations are fixed when the
// review is made; a decision that differs from the engine's states its reason; the status moves
// draft → in review → (physician advisor →) determined, and a physician advisor may send a review back into
// review; a determination decides every component met or not met, and an adverse one (anything not met) is a
// physician advisor's (URAC and most states' utilization-review rules: only a physician may deny medical
// necessity); a determined review is final; a surgeon's office reads reviews but does not decide them.
namespace ReviewRules {

bool canMove(ReviewStatus from, ReviewStatus to);
// Whether `changed` differs from `stored` in anything a save writes (status, reviewer, decisions, notes).
bool changes(const Review& stored, const Review& changed);
// nullopt when `actor` may save `changed` over `stored`; else an Invalid error saying what breaks which rule.
StorageStatus checkSave(const Review& stored, const Review& changed, const Actor& actor);

} // namespace ReviewRules

} // namespace spinereview
