// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/criteria/criteriaset.h"
#include "core/criteria/status.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factvalue.h"

#include <QDate>

#include <cstddef>
#include <memory>
#include <memory_resource>
#include <optional>
#include <vector>

namespace spinereview {

// A fact as one criterion read it.
struct FactUse
{
    FactUse() = default;
    // Lets a rationale copy the fact straight into its place (emplace_back), not through a temporary.
    FactUse(FactId fact, const FactValue& value, bool assumedAbsent = false)
        : fact(fact)
        , value(value)
        , assumedAbsent(assumedAbsent)
    {}

    FactId fact;
    FactValue value;
    bool assumedAbsent = false; // not documented, taken as absent by the criterion's choice
};

// The rationale tree: one criterion's status at one level, the facts its leaf read, and its children.
// The evaluator builds every tree of a result in the result's arena (EvaluationResult::arena), with one
// allocation for hundreds of nodes instead of one each. A copy allocates on its own and may outlive the
// result; a tree moved out of a result must not outlive it.
struct CriterionOutcome
{
    // Makes the nodes allocator-aware: the children of a node are built in the node's arena.
    using allocator_type = std::pmr::polymorphic_allocator<std::byte>;

    CriterionOutcome() = default;
    explicit CriterionOutcome(const allocator_type& allocator)
        : facts(allocator)
        , children(allocator)
    {}
    CriterionOutcome(const CriterionOutcome& other) = default;
    CriterionOutcome(CriterionOutcome&& other) = default;
    CriterionOutcome(const CriterionOutcome& other, const allocator_type& allocator)
        : node(other.node)
        , status(other.status)
        , level(other.level)
        , facts(other.facts, allocator)
        , children(other.children, allocator)
        , remark(other.remark)
    {}
    CriterionOutcome(CriterionOutcome&& other, const allocator_type& allocator)
        : node(other.node)
        , status(other.status)
        , level(other.level)
        , facts(std::move(other.facts), allocator)
        , children(std::move(other.children), allocator)
        , remark(std::move(other.remark))
    {}
    CriterionOutcome& operator=(const CriterionOutcome& other) = default;
    CriterionOutcome& operator=(CriterionOutcome&& other) = default;
    ~CriterionOutcome() = default;

    const CriterionNode* node = nullptr;
    Status status = Status::Incomplete;
    std::optional<Level> level;
    std::pmr::vector<FactUse> facts;
    std::pmr::vector<CriterionOutcome> children;
    QString remark; // set by the engine: "fusion is not requested at L4-L5", "counted as met (accepts …)"
};

struct ComponentOutcome
{
    Component component = Component::Fusion;
    Status status = Status::Incomplete;
    QString summary;
    std::vector<std::pair<Level, Status>> levels; // empty for a case-scope component
    std::vector<CriterionOutcome> criteria;       // one tree per level (or one for the case)
    QStringList missing;                          // deduplicated records to request
    QStringList cautions;
};

// Everything one evaluation produced: a pure function of the case, the criteria set and the review date.
struct EvaluationResult
{
    QString caseId;
    QDate reviewDate;
    CriteriaSetPtr criteriaSet;
    // Where the rationale trees live; declared before them, so that it outlives them.
    std::shared_ptr<std::pmr::memory_resource> arena;
    std::vector<ComponentOutcome> components; // requested components, in the request's order

    const ComponentOutcome* component(Component component) const;
};

} // namespace spinereview
