// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/criteria/evidencelibrary.h"
#include "core/engine/evaluationresult.h"
#include "storage/review.h"

#include <memory>
#include <optional>

namespace spinereview {

// Everything a report is made from: one evaluation of one case, the evidence library its criteria cite and,
// when there is one, the stored review's decisions, reasons and notes. A report says nothing these do not.
struct ReportInput
{
    SpineCase spineCase;
    EvaluationResult result;
    std::shared_ptr<const EvidenceLibrary> evidence; // nullptr: citations are named by their ids
    std::optional<Review> review;
    QString assignedReviewer; // the name of review->reviewerRef, when it is known
};

} // namespace spinereview
