// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criterionnode.h"
#include "core/engine/evaluationresult.h"
#include "core/facts/factsource.h"

#include <functional>

namespace spinereview {

// Evaluates one criterion tree at one level (or for the case) in Kleene logic, building its rationale:
// all / any / not / at-least-N over children, conditions over facts (with the leaf's assumed-absent
// choice applied), references to other components, verify and constant nodes.
class TreeEvaluator
{
public:
    // The determination of another component at a level (its overall status when `level` is nullopt),
    // or nullopt when that component is not requested there.
    using ComponentStatus = std::function<std::optional<Status>(Component, std::optional<Level>)>;

    TreeEvaluator(const FactSource& facts, ComponentStatus componentStatus);

    CriterionOutcome evaluate(const CriterionNode* node, std::optional<Level> level) const;

private:
    void evaluateCondition(const CriterionNode* node, std::optional<Level> level, CriterionOutcome& out) const;

    const FactSource& m_facts;
    ComponentStatus m_componentStatus;
};

} // namespace spinereview
