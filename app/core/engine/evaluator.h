// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/criteria/criteriaset.h"
#include "core/engine/evaluationresult.h"

namespace spinereview {

// Evaluates every requested component of a case under one criteria set, as of a review date, in
// three-valued (Kleene) logic. No I/O and no state: the same inputs give the same result, cheaply
// enough to run on every keystroke.
class Evaluator
{
public:
    static EvaluationResult evaluate(const SpineCase& spineCase, const CriteriaSetPtr& criteriaSet, QDate reviewDate);
};

} // namespace spinereview
