// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/review.h"
#include "storage/reviewer.h"
#include "storage/storageerror.h"

namespace spinereview {

// What a save may change, as utilization review works: the criteria set is fixed when the review is made (a
// review under other criteria is a new review); while the review is open the engine's determinations follow
// the case as it is edited (documentation that arrives after a request for information is evaluated like the
// rest), so its components and their engine statuses may change; a decision that differs from the engine's
// states its reason; the status moves draft → in review → (physician advisor →) determined, and a physician
// advisor may send a review back into review; a determination decides every component met or not met, and an
// adverse one (anything not met) is a physician advisor's (URAC and most states' utilization-review rules:
// only a physician may deny medical necessity); a determined review is final, engine determinations and all;
// a surgeon's office reads reviews but does not decide them.
namespace ReviewRules {

bool canMove(ReviewStatus from, ReviewStatus to);
// Whether `changed` differs from `stored` in anything a save writes (status, reviewer, the engine's
// determinations, decisions, notes).
bool changes(const Review& stored, const Review& changed);
// Whether the engine's determinations differ: the components requested, their order or their engine statuses.
bool engineChanges(const Review& stored, const Review& changed);
// nullopt when `actor` may save `changed` over `stored`; else an Invalid error saying what breaks which rule.
StorageStatus checkSave(const Review& stored, const Review& changed, const Actor& actor);

} // namespace ReviewRules

} // namespace spinereview
