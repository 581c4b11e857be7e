// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/evaluator.h"

#include "core/engine/outcomesummary.h"
#include "core/engine/rationalearena.h"
#include "core/engine/treeevaluator.h"
#include "core/facts/facttable.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// One evaluation: the fact table and the components determined so far, for references between them.
class EvaluationRun
{
public:
    EvaluationRun(const SpineCase& spineCase, const CriteriaSet& set, QDate reviewDate,
                  CriterionOutcome::allocator_type arena)
        : m_case(spineCase)
        , m_set(set)
        , m_arena(arena)
        , m_facts(spineCase, reviewDate, set.parameters)
        , m_trees(m_facts,
                  [this](Component component, std::optional<Level> level) { return componentStatus(component, level); })
        , m_cautionCache(set.cautions.size() * kCautionScopes)
    {
        std::fill(m_cautionCache.begin(), m_cautionCache.end(), kNotEvaluated);
    }

    ComponentOutcome evaluateComponent(Component component);
    // Remembers a determined component for the ones that refer to it; the outcome must outlive the run.
    void record(const ComponentOutcome& outcome) { m_done[static_cast<std::size_t>(outcome.component)] = &outcome; }

private:
    // A caution is evaluated once for the case and once per level, whatever the components it is shown with.
    static constexpr qsizetype kCautionScopes = static_cast<qsizetype>(enumCount<Level>()) + 1;
    static constexpr std::int8_t kNotEvaluated = -1;

    std::optional<Status> componentStatus(Component component, std::optional<Level> level) const;
    QStringList cautionsFor(Component component, const QList<Level>& levels);
    Status cautionHolds(qsizetype caution, std::optional<Level> level);

    const SpineCase& m_case;
    const CriteriaSet& m_set;
    CriterionOutcome::allocator_type m_arena;
    FactTable m_facts;
    TreeEvaluator m_trees;
    std::array<const ComponentOutcome*, enumCount<Component>()> m_done{};
    QVarLengthArray<std::int8_t, 256> m_cautionCache; // Status by caution and scope, or kNotEvaluated
};

std::optional<Status> EvaluationRun::componentStatus(Component component, std::optional<Level> level) const
{
    const ComponentOutcome* done = m_done[static_cast<std::size_t>(component)];
    if (!m_case.request.components.contains(component) || !done)
        return std::nullopt;
    const ComponentOutcome& referenced = *done;
    if (!level || referenced.levels.empty())
        return referenced.status;
    const auto atLevel = std::find_if(referenced.levels.begin(), referenced.levels.end(),
                                      [&](const auto& entry) { return entry.first == *level; });
    if (atLevel == referenced.levels.end())
        return std::nullopt;
    return atLevel->second;
}

Status EvaluationRun::cautionHolds(qsizetype caution, std::optional<Level> level)
{
    const CriterionNode* when = m_set.cautions[caution].when;
    if (!when)
        return Status::Met;
    std::int8_t& cached = m_cautionCache[caution * kCautionScopes + (level ? static_cast<qsizetype>(*level) + 1 : 0)];
    if (cached == kNotEvaluated)
        cached = static_cast<std::int8_t>(m_trees.status(when, level));
    return static_cast<Status>(cached);
}

QStringList EvaluationRun::cautionsFor(Component component, const QList<Level>& levels)
{
    QStringList out;
    const auto add = [&out](const QString& text) {
        if (!out.contains(text))
            out.append(text);
    };
    for (qsizetype index = 0; index < m_set.cautions.size(); ++index) {
        const Caution& caution = m_set.cautions[index];
        if (!caution.components.contains(component))
            continue;
        switch (caution.scope) {
        case Caution::Scope::Case:
            if (cautionHolds(index, std::nullopt) == Status::Met)
                add(caution.text);
            break;
        case Caution::Scope::Level:
            for (Level level : levels) {
                if (cautionHolds(index, level) == Status::Met)
                    add(QString(caution.text).replace(u"{level}"_s, enumToString(level)));
            }
            break;
        case Caution::Scope::UnrequestedLevels: {
            QStringList found;
            for (std::size_t i = 0; i < enumCount<Level>(); ++i) {
                const auto level = static_cast<Level>(i);
                if (!m_case.request.levels.contains(level) && cautionHolds(index, level) == Status::Met)
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
        outcome.criteria.reserve(static_cast<std::size_t>(levels.size()));
        outcome.levels.reserve(static_cast<std::size_t>(levels.size()));
        for (Level level : levels) {
            CriterionOutcome& tree = outcome.criteria.emplace_back(m_arena);
            m_trees.evaluate(rule->criterion, level, tree);
            outcome.levels.emplace_back(level, tree.status);
            outcome.status = Kleene::conjunction(outcome.status, tree.status);
        }
    } else {
        CriterionOutcome& tree = outcome.criteria.emplace_back(m_arena);
        m_trees.evaluate(rule->criterion, std::nullopt, tree);
        outcome.status = tree.status;
    }
    const auto missingOf = [this](Component referenced) {
        const ComponentOutcome* done = m_done[static_cast<std::size_t>(referenced)];
        return done ? done->missing : QStringList();
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

    // The rationale trees, several hundred nodes, are built in one arena that the result keeps.
    auto arena = std::make_shared<RationaleArena>();
    result.arena = arena;
    EvaluationRun run(spineCase, *criteriaSet, reviewDate, CriterionOutcome::allocator_type(arena.get()));
    std::array<std::optional<ComponentOutcome>, enumCount<Component>()> outcomes;
    const auto slot = [&outcomes](Component component) -> auto&
    {
        return outcomes[static_cast<std::size_t>(component)];
    };
    // Referenced components first (the set's order), then any requested component the set has no rule for.
    for (Component component : criteriaSet->evaluationOrder) {
        auto& outcome = slot(component);
        if (!spineCase.request.components.contains(component) || outcome)
            continue;
        run.record(outcome.emplace(run.evaluateComponent(component)));
    }
    result.components.reserve(static_cast<std::size_t>(spineCase.request.components.size()));
    for (Component component : spineCase.request.components) {
        auto& outcome = slot(component);
        if (!outcome)
            outcome.emplace(run.evaluateComponent(component));
        // Each requested component once (the case format refuses duplicates): move, don't copy, the trees.
        result.components.push_back(std::move(*outcome));
    }
    return result;
}

} // namespace spinereview
