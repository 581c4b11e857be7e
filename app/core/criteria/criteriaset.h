// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/criteria/criterionnode.h"
#include "core/facts/factparameters.h"

#include <QMap>
#include <QStringList>

#include <deque>
#include <map>
#include <memory>
#include <vector>

namespace spinereview {

// What identifies a criteria set wherever a determination is shown or stored.
struct CriteriaSetInfo
{
    QString id;
    QString title;
    QString version;
    QString effectiveDate;
    QStringList sources;
    QString label;      // how the set presents itself ("reproduction for comparison", "payer profile")
    QString extends;    // the set it is written as differences from, if any
    QString sha256;     // of the set's own file
    QString baseSha256; // of the file it extends
    QString evidenceSha256;
    QString file;
};

// A component's rule: one tree, evaluated once per level of the component or once for the case.
struct ComponentRule
{
    Component component = Component::Fusion;
    bool perLevel = true;
    const CriterionNode* criterion = nullptr;
};

// A caution shown with components whatever their status, never changing it.
struct Caution
{
    enum class Scope { Case, Level, UnrequestedLevels };

    QString id;
    QString text; // may hold {level} (Level scope) or {levels} (UnrequestedLevels scope)
    QList<Component> components;
    Scope scope = Scope::Case;
    const CriterionNode* when = nullptr; // nullptr: always
    QStringList evidence;
};

// A loaded, validated criteria set. Immutable and shared between evaluations.
class CriteriaSet
{
public:
    CriteriaSetInfo info;
    FactParameters parameters;
    std::map<Component, ComponentRule> rules;
    std::vector<Component> evaluationOrder; // components before the components that refer to them
    QList<Caution> cautions;
    QMap<QString, const CriterionNode*> definitions;

    // Node storage: stable addresses for the pointers above.
    std::deque<CriterionNode> nodes;

    const ComponentRule* rule(Component component) const;
};

using CriteriaSetPtr = std::shared_ptr<const CriteriaSet>;

} // namespace spinereview
