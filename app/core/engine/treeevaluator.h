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
    // The same, into a default-constructed `out`: a tree has a node per criterion, built where it stays.
    void evaluate(const CriterionNode* node, std::optional<Level> level, CriterionOutcome& out) const;
    // The status evaluate() gives, without the rationale: for a caution's condition, which is never shown.
    Status status(const CriterionNode* node, std::optional<Level> level) const;

private:
    template <typename ChildStatus> static Status combine(const CriterionNode* node, const ChildStatus& childStatus);
    void evaluateCondition(const CriterionNode* node, std::optional<Level> level, CriterionOutcome& out) const;

    const FactSource& m_facts;
    ComponentStatus m_componentStatus;
};

} // namespace spinereview
