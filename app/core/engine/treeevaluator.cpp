// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/treeevaluator.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

TreeEvaluator::TreeEvaluator(const FactSource& facts, ComponentStatus componentStatus)
    : m_facts(facts)
    , m_componentStatus(std::move(componentStatus))
{}

CriterionOutcome TreeEvaluator::evaluate(const CriterionNode* node, std::optional<Level> level) const
{
    CriterionOutcome out;
    out.node = node;
    out.level = level;
    switch (node->kind) {
    case CriterionNode::Kind::All:
    case CriterionNode::Kind::Any: {
        const bool all = node->kind == CriterionNode::Kind::All;
        out.status = all ? Status::Met : Status::NotMet;
        out.children.reserve(node->children.size());
        for (const CriterionNode* child : node->children) {
            out.children.push_back(evaluate(child, level));
            const Status s = out.children.back().status;
            out.status = all ? Kleene::conjunction(out.status, s) : Kleene::disjunction(out.status, s);
        }
        break;
    }
    case CriterionNode::Kind::Not:
        out.children.push_back(evaluate(node->children.front(), level));
        out.status = Kleene::negation(out.children.back().status);
        break;
    case CriterionNode::Kind::AtLeast: {
        int met = 0;
        int undecided = 0;
        for (const CriterionNode* child : node->children) {
            out.children.push_back(evaluate(child, level));
            met += out.children.back().status == Status::Met ? 1 : 0;
            undecided += out.children.back().status == Status::Incomplete ? 1 : 0;
        }
        out.status = met >= node->atLeast               ? Status::Met
                     : met + undecided >= node->atLeast ? Status::Incomplete
                                                        : Status::NotMet;
        break;
    }
    case CriterionNode::Kind::Condition:
        evaluateCondition(node, level, out);
        break;
    case CriterionNode::Kind::Component: {
        const auto status = m_componentStatus(node->component, level);
        out.status = status.value_or(Status::NotMet);
        if (!status)
            out.remark = level ? u"%1 is not requested at %2"_s.arg(enumToString(node->component), enumToString(*level))
                               : u"%1 is not requested"_s.arg(enumToString(node->component));
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
        const bool accepted = std::find(node->accept->begin(), node->accept->end(), out.status) != node->accept->end();
        if (accepted)
            out.remark = u"counted as met: the criterion asks for %1"_s.arg(statusName(out.status));
        out.status = accepted ? Status::Met : Status::NotMet;
    }
    return out;
}

void TreeEvaluator::evaluateCondition(const CriterionNode* node, std::optional<Level> level,
                                      CriterionOutcome& out) const
{
    const auto lookup = [&](FactId id) -> const FactValue& { return m_facts.value(id, level); };
    const auto read = [&](FactId id) {
        if (std::none_of(out.facts.begin(), out.facts.end(), [id](const FactUse& use) { return use.fact == id; }))
            out.facts.push_back({id, m_facts.value(id, level), false});
    };
    out.facts.reserve(2); // most leaves read one or two facts
    out.status = node->condition->evaluate(lookup, read);
    if (out.status != Status::Incomplete || !node->assumedAbsent)
        return;
    // The criterion takes an undocumented finding as absent only where the facts allow the assumption.
    const bool assumable = std::all_of(out.facts.begin(), out.facts.end(),
                                       [](const FactUse& use) { return use.value.isKnown() || use.value.assumable; });
    if (!assumable)
        return;
    for (FactUse& use : out.facts)
        use.assumedAbsent = !use.value.isKnown();
    out.status = Status::NotMet;
}

} // namespace spinereview
