// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "storage/reviewenums.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace spinereview {

// What a person reads for a stored review's status, a reviewer's role and a request's urgency, translated: the
// worklist, its filters, the dashboard and the desk's review pane use the same words.
class ReviewLabels
{
    Q_DECLARE_TR_FUNCTIONS(ReviewLabels)

public:
    // "Draft", "In review", "With physician advisor", "Determined".
    static QString status(ReviewStatus status);
    // "Nurse reviewer", "Physician advisor", "Surgeon's office".
    static QString role(ReviewerRole role);
    // "Standard", "Expedited", or for a request that does not state it "Not stated (standard clock)".
    static QString urgency(std::optional<Urgency> urgency);
    // The turnaround clock of an urgency in hours (TurnaroundClock's; a standard week is 168 hours except
    // across a daylight-saving change).
    static int clockHours(std::optional<Urgency> urgency);
};

} // namespace spinereview
