// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/treeevaluator.h"

#include <QVarLengthArray>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// Up to this many facts per condition the fact values are listed on the stack.
constexpr int kStackFacts = 8;

// A condition leaf's status over the values of its facts (in Condition::facts() order), and whether it
// took undocumented findings as absent to reach it.
std::pair<Status, bool> conditionStatus(const CriterionNode* node, const FactValue* const* values)
{
    const Condition& condition = *node->condition;
    const Status status = condition.evaluate(values);
    if (status != Status::Incomplete || !node->assumedAbsent)
        return {status, false};
    // The criterion takes an undocumented finding as absent only where the facts allow the assumption.
    const bool assumable = std::all_of(values, values + condition.facts().size(),
                                       [](const FactValue* value) { return value->isKnown() || value->assumable; });
    return assumable ? std::pair(Status::NotMet, true) : std::pair(status, false);
}

bool accepts(const CriterionNode* node, Status status)
{
    return std::find(node->accept->begin(), node->accept->end(), status) != node->accept->end();
}

} // namespace

TreeEvaluator::TreeEvaluator(const FactSource& facts, ComponentStatus componentStatus)
    : m_facts(facts)
    , m_componentStatus(std::move(componentStatus))
{}

// The status of an all / any / not / at-least node from its children's, `childStatus(i)` giving the i-th.
template <typename ChildStatus> Status TreeEvaluator::combine(const CriterionNode* node, const ChildStatus& childStatus)
{
    const std::size_t count = node->children.size();
    switch (node->kind) {
    case CriterionNode::Kind::All:
    case CriterionNode::Kind::Any: {
        const bool all = node->kind == CriterionNode::Kind::All;
        Status status = all ? Status::Met : Status::NotMet;
        for (std::size_t i = 0; i < count; ++i) {
            const Status s = childStatus(i);
            status = all ? Kleene::conjunction(status, s) : Kleene::disjunction(status, s);
        }
        return status;
    }
    case CriterionNode::Kind::Not:
        return Kleene::negation(childStatus(0));
    default: {
        int met = 0;
        int undecided = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const Status s = childStatus(i);
            met += s == Status::Met ? 1 : 0;
            undecided += s == Status::Incomplete ? 1 : 0;
        }
        return met >= node->atLeast               ? Status::Met
               : met + undecided >= node->atLeast ? Status::Incomplete
                                                  : Status::NotMet;
    }
    }
}

CriterionOutcome TreeEvaluator::evaluate(const CriterionNode* node, std::optional<Level> level) const
{
    CriterionOutcome out;
    evaluate(node, level, out);
    return out;
}

void TreeEvaluator::evaluate(const CriterionNode* node, std::optional<Level> level, CriterionOutcome& out) const
{
    out.node = node;
    out.level = level;
    switch (node->kind) {
    case CriterionNode::Kind::All:
    case CriterionNode::Kind::Any:
    case CriterionNode::Kind::Not:
    case CriterionNode::Kind::AtLeast:
        // The children are built in the parent's arena, each where it stays.
        out.children.resize(node->kind == CriterionNode::Kind::Not ? 1 : node->children.size());
        out.status = combine(node, [&](std::size_t i) {
            evaluate(node->children[i], level, out.children[i]);
            return out.children[i].status;
        });
        break;
    case CriterionNode::Kind::Condition:
        evaluateCondition(node, level, out);
        break;
    case CriterionNode::Kind::Component: {
        const auto status = m_componentStatus(node->component, level);
        out.status = status.value_or(Status::NotMet);
        if (!status && level)
            out.remark = enumToString(node->component) + u" is not requested at "_s + enumToString(*level);
        else if (!status)
            out.remark = enumToString(node->component) + u" is not requested"_s;
        break;
    }
    case CriterionNode::Kind::Verify:
        out.status = Status::Incomplete;
        break;
    case CriterionNode::Kind::Constant:
        out.status = node->constant;
        break;
    }
    if (node->accept) {
        const bool accepted = accepts(node, out.status);
        if (accepted)
            out.remark = u"counted as met: the criterion asks for "_s + statusName(out.status);
        out.status = accepted ? Status::Met : Status::NotMet;
    }
}

Status TreeEvaluator::status(const CriterionNode* node, std::optional<Level> level) const
{
    Status out = Status::Incomplete;
    switch (node->kind) {
    case CriterionNode::Kind::All:
    case CriterionNode::Kind::Any:
    case CriterionNode::Kind::Not:
    case CriterionNode::Kind::AtLeast:
        out = combine(node, [&](std::size_t i) { return status(node->children[i], level); });
        break;
    case CriterionNode::Kind::Condition: {
        QVarLengthArray<const FactValue*, kStackFacts> values;
        for (FactId id : node->condition->facts())
            values.append(&m_facts.value(id, level));
        out = conditionStatus(node, values.constData()).first;
        break;
    }
    case CriterionNode::Kind::Component:
        out = m_componentStatus(node->component, level).value_or(Status::NotMet);
        break;
    case CriterionNode::Kind::Verify:
        out = Status::Incomplete;
        break;
    case CriterionNode::Kind::Constant:
        out = node->constant;
        break;
    }
    if (node->accept)
        out = accepts(node, out) ? Status::Met : Status::NotMet;
    return out;
}

void TreeEvaluator::evaluateCondition(const CriterionNode* node, std::optional<Level> level,
                                      CriterionOutcome& out) const
{
    const std::vector<FactId>& facts = node->condition->facts();
    out.facts.reserve(facts.size());
    for (FactId id : facts)
        out.facts.emplace_back(id, m_facts.value(id, level));
    QVarLengthArray<const FactValue*, kStackFacts> values;
    for (const FactUse& use : out.facts)
        values.append(&use.value);
    const auto [status, assumedAbsent] = conditionStatus(node, values.constData());
    out.status = status;
    if (assumedAbsent) {
        for (FactUse& use : out.facts)
            use.assumedAbsent = !use.value.isKnown();
    }
}

} // namespace spinereview
