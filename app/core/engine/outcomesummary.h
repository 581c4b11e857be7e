// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <functional>

namespace spinereview {

// Turns a rationale tree into what a reviewer reads first: the records to request and one sentence.
namespace OutcomeSummary {

// Appends, without duplicates, the documentation that would settle an incomplete tree: only the
// incomplete branches that decide the outcome count, and a criterion's own `ask` stands for its subtree.
void collectMissing(const CriterionOutcome& outcome, const std::function<QStringList(Component)>& missingOfComponent,
                    QStringList& out);

// "Met at L5-S1.", "Not met at L4-L5 — no indication for fusion.", "Incomplete at L5-S1 — 3 records needed: …".
QString sentence(const ComponentOutcome& outcome);

// A criterion's text (or its `ask`) with its level filled in for `{level}`.
QString withLevel(const QString& text, const std::optional<Level>& level);

// The text of the first direct child that decided `outcome`'s status (its own text for a leaf).
QString decidingReason(const CriterionOutcome& outcome);

} // namespace OutcomeSummary

} // namespace spinereview
