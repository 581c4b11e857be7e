// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/criteria/criteriaset.h"
#include "core/criteria/status.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factvalue.h"

#include <QDate>

#include <optional>
#include <vector>

namespace spinereview {

// A fact as one criterion read it.
struct FactUse
{
    FactId fact;
    FactValue value;
    bool assumedAbsent = false; // not documented, taken as absent by the criterion's choice
};

// The rationale tree: one criterion's status at one level, the facts its leaf read, and its children.
struct CriterionOutcome
{
    const CriterionNode* node = nullptr;
    Status status = Status::Incomplete;
    std::optional<Level> level;
    std::vector<FactUse> facts;
    std::vector<CriterionOutcome> children;
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
    std::vector<ComponentOutcome> components; // requested components, in the request's order

    const ComponentOutcome* component(Component component) const;
};

} // namespace spinereview
