// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QCoreApplication>
#include <QString>

namespace spinereview {

// What a reader sees of an evaluation — on the desk's screens or in a report printed from it — in the installed
// language, built when it is shown: the engine keeps writing its English (the result format and the command
// line are English, and translating inside the evaluation would slow every keystroke's re-evaluation), and
// these few texts are translated where they are shown. Without a translation each is exactly the engine's
// English.
class ResultTexts
{
    Q_DECLARE_TR_FUNCTIONS(ResultTexts)

public:
    // The component's one sentence (ComponentOutcome::summary): "Met at L5-S1.", "Incomplete at L5-S1 — needs …".
    static QString summary(const ComponentOutcome& outcome, const CriteriaSet* set);
    // The text of the first direct child that decided `outcome` (OutcomeSummary::decidingReason).
    static QString decidingReason(const CriterionOutcome& outcome);
    // The engine's remark on a criterion ("fusion is not requested at L4-L5"); empty when it made none.
    static QString remark(const CriterionOutcome& outcome);
    // A criterion's statement at its level, with the engine's remark after it in parentheses.
    static QString criterion(const CriterionOutcome& outcome);
    // A record to request (ComponentOutcome::missing): a criterion's `ask`, or a fact's record.
    static QString record(const QString& english, const CriteriaSet* set);
    // A caution as the engine listed it (ComponentOutcome::cautions).
    static QString caution(const QString& english, const CriteriaSet* set);
    // A fact's value in words: "yes", "moderate (3)", "current", "not documented".
    static QString factValue(const FactUse& use);
    // The note on how a fact's value was reached, or a validation message of the case reader.
    static QString phrase(const QString& english);
};

} // namespace spinereview
