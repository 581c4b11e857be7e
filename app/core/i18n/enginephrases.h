// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/status.h"

#include <QCoreApplication>
#include <QString>

namespace spinereview {

// The engine's and the case reader's English in the installed language. The core writes English only — its
// results are a machine-facing format, the command line's output stays English — so what the desk shows of
// it (records to request, notes on facts, remarks, validation messages) is translated here at display time,
// phrase by phrase: a table of the core's phrasings, with %1 and %2 where the core puts a level, a number or
// another phrase. A phrase the table does not know is shown as the core wrote it; tst_translations checks
// that every phrase the engine produces for the test cases is known.
class EnginePhrases
{
    Q_DECLARE_TR_FUNCTIONS(EnginePhrases)

public:
    // `english` in the desk's language, or `english` itself when the table has no such phrase.
    static QString translate(const QString& english);
    static bool knows(const QString& english);
    // "met", "not met", "incomplete" — the words inside a sentence, lower case where the language has it.
    static QString statusInSentence(Status status);
};

} // namespace spinereview
