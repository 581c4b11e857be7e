// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criterionnode.h"

#include <QJsonValue>
#include <QStringList>

namespace spinereview {

// Writes a whole criterion tree as one plain JsonLogic expression, so that an independent JsonLogic
// implementation can evaluate the same rule (tests/crosscheck runs json-logic-js on it). JsonLogic has
// two values, so the expression is the tree's meaning on fully documented facts:
//   all → {"and": […]}, any → {"or": […]}, not → {"!": [x]},
//   atLeast N of […] → {">=": [{"+": [{"if": [c1, 1, 0]}, …]}, N]},
//   condition → its JsonLogic as written in the criteria file,
//   component reference → {"var": "component.<id>"} (true ⇔ that component is met),
//   verify → {"var": "verify.<node id>"} (a question the case cannot answer: left to the data),
//   constant → true (met) or false (not_met).
// A `use` is the shared definition's own tree. `accept` (a status test) keeps its two-valued meaning:
// met and not_met both accepted → true; met only → x; not_met only → {"!": [x]}; neither → false. An
// accepted `incomplete` has no counterpart in two values: it matters only where facts are unknown.
class JsonLogicExport
{
public:
    static QJsonValue toJsonLogic(const CriterionNode* node);

    // The catalogue facts the tree reads, by name, in order of first appearance.
    static QStringList factsRead(const CriterionNode* node);

    // Every variable the expression reads: the facts, then component.<id> and verify.<node id>.
    static QStringList variables(const CriterionNode* node);

    static QString componentVariable(Component component);
    static QString verifyVariable(const CriterionNode* node);
};

} // namespace spinereview
