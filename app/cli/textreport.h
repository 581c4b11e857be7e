// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QTextStream>

namespace spinereview {

// The evaluation for a person at a terminal: the sets used, a table of components × sets with the
// disagreements marked, then per set the reasons (failing branches of each rationale tree, with the
// facts they read), the missing documents and the cautions.
namespace TextReport {

void render(const QList<EvaluationResult>& results, QTextStream& out);

} // namespace TextReport

} // namespace spinereview
