// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QList>

namespace spinereview {

// A rationale tree as lines to read from the top: each criterion that explains its parent's status, with
// its depth for indenting. The command line's reasons and the printed reports read trees the same way.
namespace RationaleLines {

struct Line
{
    int depth = 0;
    const CriterionOutcome* outcome = nullptr; // status, level, facts, remark and the criterion itself
    QString text;                              // the criterion's text with its level filled in
};

enum class Opening {
    Undecided, // only what does not hold is opened: a met criterion stays one line
    All,       // met criteria are opened too, into the children that make them met
};

// Whether `child` decides `parent`'s status: a met parent's met children, a not-met parent's not-met
// children, an incomplete parent's children that are not met or not decided.
bool decides(const CriterionOutcome& parent, const CriterionOutcome& child);

// The tree, depth first, opened into the children that decide each node.
QList<Line> flatten(const CriterionOutcome& tree, Opening opening);

} // namespace RationaleLines

} // namespace spinereview
