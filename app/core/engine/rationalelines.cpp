// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/rationalelines.h"

#include "core/engine/outcomesummary.h"

namespace spinereview {

namespace RationaleLines {

namespace {

void append(const CriterionOutcome& outcome, int depth, Opening opening, QList<Line>& out)
{
    out.append({depth, &outcome, OutcomeSummary::withLevel(outcome.node->text, outcome.level)});
    if (outcome.status == Status::Met && opening == Opening::Undecided)
        return;
    for (const CriterionOutcome& child : outcome.children) {
        if (decides(outcome, child))
            append(child, depth + 1, opening, out);
    }
}

} // namespace

bool decides(const CriterionOutcome& parent, const CriterionOutcome& child)
{
    switch (parent.status) {
    case Status::Met:
        return child.status == Status::Met;
    case Status::NotMet:
        return child.status == Status::NotMet;
    case Status::Incomplete:
        return child.status != Status::Met;
    }
    return false;
}

QList<Line> flatten(const CriterionOutcome& tree, Opening opening)
{
    QList<Line> out;
    append(tree, 0, opening, out);
    return out;
}

} // namespace RationaleLines

} // namespace spinereview
