// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/facts/factvalue.h"

namespace spinereview {

// The conservative-care facts of criteria-reference.md's "Weeks of conservative care" and "Adequate
// conservative care" definitions, computed from conservativeTherapy as of the review date.
struct ConservativeCareFacts
{
    FactValue weeks;
    FactValue activeTherapy;
    FactValue otherModality;
    FactValue failure;

    static ConservativeCareFacts derive(const SpineCase& spineCase, QDate reviewDate, int activeTherapyRecencyMonths);

    // Days in the union of the intervals [start, end] (both counted); exposed for the tests of its edges.
    static qint64 unionDays(QList<std::pair<QDate, QDate>> intervals);
};

} // namespace spinereview
