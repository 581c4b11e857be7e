// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/evaluator.h"

#include "core/engine/outcomesummary.h"
#include "core/engine/treeevaluator.h"
#include "core/facts/facttable.h"

#include <algorithm>
#include <map>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// One evaluation: the fact table and the components determined so far, for references between them.
class EvaluationRun
{
public:
    EvaluationRun(const SpineCase& spineCase, const CriteriaSet& set, QDate reviewDate)
        : m_case(spineCase)
        , m_set(set)
        , m_facts(spineCase, reviewDate, set.parameters)
        , m_trees(m_facts,
                  [this](Component component, std::optional<Level> level) { return componentStatus(component, level); })
    {}

    ComponentOutcome evaluateComponent(Component component);
    // Remembers a determined component for the ones that refer to it; the outcome must outlive the run.
    void record(const ComponentOutcome& outcome) { m_done.insert_or_assign(outcome.component, &outcome); }

private:
    std::optional<Status> componentStatus(Component component, std::optional<Level> level) const;
    QStringList cautionsFor(Component component, const QList<Level>& levels);
    Status cautionHolds(const Caution& caution, std::optional<Level> level);

    const SpineCase& m_case;
    const CriteriaSet& m_set;
    FactTable m_facts;
    TreeEvaluator m_trees;
    std::map<Component, const ComponentOutcome*> m_done;
    std::map<std::pair<const Caution*, int>, Status> m_cautionCache;
};

std::optional<Status> EvaluationRun::componentStatus(Component component, std::optional<Level> level) const
{
    const auto it = m_done.find(component);
    if (!m_case.request.components.contains(component) || it == m_done.end())
        return std::nullopt;
    const ComponentOutcome& referenced = *it->second;
    if (!level || referenced.levels.empty())
        return referenced.status;
    const auto atLevel = std::find_if(referenced.levels.begin(), referenced.levels.end(),
                                      [&](const auto& entry) { return entry.first == *level; });
    if (atLevel == referenced.levels.end())
        return std::nullopt;
    return atLevel->second;
}

Status EvaluationRun::cautionHolds(const Caution& caution, std::optional<Level> level)
{
    if (!caution.when)
        return Status::Met;
    const auto key = std::make_pair(&caution, level ? static_cast<int>(*level) : -1);
    const auto cached = m_cautionCache.find(key);
    if (cached != m_cautionCache.end())
        return cached->second;
    const Status status = m_trees.evaluate(caution.when, level).status;
    m_cautionCache.emplace(key, status);
    return status;
}

QStringList EvaluationRun::cautionsFor(Component component, const QList<Level>& levels)
{
    QStringList out;
    const auto add = [&out](const QString& text) {
        if (!out.contains(text))
            out.append(text);
    };
    for (const Caution& caution : m_set.cautions) {
        if (!caution.components.contains(component))
            continue;
        switch (caution.scope) {
        case Caution::Scope::Case:
            if (cautionHolds(caution, std::nullopt) == Status::Met)
                add(caution.text);
            break;
        case Caution::Scope::Level:
            for (Level level : levels) {
                if (cautionHolds(caution, level) == Status::Met)
                    add(QString(caution.text).replace(u"{level}"_s, enumToString(level)));
            }
            break;
        case Caution::Scope::UnrequestedLevels: {
            QStringList found;
            for (std::size_t i = 0; i < enumCount<Level>(); ++i) {
                const auto level = static_cast<Level>(i);
                if (!m_case.request.levels.contains(level) && cautionHolds(caution, level) == Status::Met)
                    found.append(enumToString(level));
            }
            if (!found.isEmpty())
                add(QString(caution.text).replace(u"{levels}"_s, found.join(u", "_s)));
            break;
        }
        }
    }
    return out;
}

ComponentOutcome EvaluationRun::evaluateComponent(Component component)
{
    ComponentOutcome outcome;
    outcome.component = component;
    const ComponentRule* rule = m_set.rule(component);
    const QList<Level> levels = m_case.levelsOf(component);
    if (!rule) {
        outcome.status = Status::Incomplete;
        outcome.missing.append(u"physician review: the criteria set has no rule for %1"_s.arg(enumToString(component)));
        outcome.summary = OutcomeSummary::sentence(outcome);
        return outcome;
    }
    if (rule->perLevel) {
        outcome.status = Status::Met;
        for (Level level : levels) {
            outcome.criteria.push_back(m_trees.evaluate(rule->criterion, level));
            outcome.levels.emplace_back(level, outcome.criteria.back().status);
            outcome.status = Kleene::conjunction(outcome.status, outcome.criteria.back().status);
        }
    } else {
        outcome.criteria.push_back(m_trees.evaluate(rule->criterion, std::nullopt));
        outcome.status = outcome.criteria.back().status;
    }
    const auto missingOf = [this](Component referenced) {
        const auto it = m_done.find(referenced);
        return it == m_done.end() ? QStringList() : it->second->missing;
    };
    for (const CriterionOutcome& tree : outcome.criteria)
        OutcomeSummary::collectMissing(tree, missingOf, outcome.missing);
    outcome.cautions = cautionsFor(component, levels);
    outcome.summary = OutcomeSummary::sentence(outcome);
    return outcome;
}

} // namespace

const ComponentOutcome* EvaluationResult::component(Component component) const
{
    const auto it = std::find_if(components.begin(), components.end(),
                                 [component](const ComponentOutcome& c) { return c.component == component; });
    return it == components.end() ? nullptr : &*it;
}

EvaluationResult Evaluator::evaluate(const SpineCase& spineCase, const CriteriaSetPtr& criteriaSet, QDate reviewDate)
{
    Q_ASSERT(criteriaSet);
    EvaluationResult result;
    result.caseId = spineCase.caseId;
    result.reviewDate = reviewDate;
    result.criteriaSet = criteriaSet;

    EvaluationRun run(spineCase, *criteriaSet, reviewDate);
    std::map<Component, ComponentOutcome> outcomes;
    // Referenced components first (the set's order), then any requested component the set has no rule for.
    for (Component component : criteriaSet->evaluationOrder) {
        if (!spineCase.request.components.contains(component))
            continue;
        const auto stored = outcomes.emplace(component, run.evaluateComponent(component)).first;
        run.record(stored->second);
    }
    for (Component component : spineCase.request.components) {
        if (outcomes.find(component) == outcomes.end())
            outcomes.emplace(component, run.evaluateComponent(component));
        // Each requested component once (the case format refuses duplicates): move, don't copy, the trees.
        result.components.push_back(std::move(outcomes.at(component)));
    }
    return result;
}

} // namespace spinereview
