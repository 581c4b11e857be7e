// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/criteria/condition.h"
#include "core/criteria/status.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace spinereview {

// One criterion of a criteria set: a combinator over child criteria, a leaf condition over facts, a
// reference to another component's determination, or a question the case cannot answer ("verify").
// Nodes are immutable once loaded and may be shared: a named definition used in several trees is one node.
struct CriterionNode
{
    enum class Kind { All, Any, Not, AtLeast, Condition, Component, Verify, Constant };

    Kind kind = Kind::All;
    QString id;
    QString text; // the reviewer-facing statement of the criterion
    QString ask;  // the documentation to request when it is incomplete
    QString note; // a disagreement between sources, or why this side was taken
    QStringList evidence;
    bool assumedAbsent = false; // an unknown, assumable finding counts as absent (not met)
    int atLeast = 0;
    std::vector<const CriterionNode*> children;
    std::optional<Condition> condition;
    Component component = Component::Fusion; // Kind::Component
    Status constant = Status::NotMet;        // Kind::Constant: a verdict that holds whatever the case
    // When set, the node is met exactly when its own value is one of these (a status test).
    std::optional<std::vector<Status>> accept;
    QString definition; // the named definition this node is, if any
    QString declaredIn; // file
    QString declaredAt; // JSON path
};

} // namespace spinereview
