// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QCoreApplication>

namespace spinereview {

class HtmlWriter;

// The documentation still missing, as the summary and the request for information list it: per component
// and level, the engine's words for each record (MissingDocumentation) in the installed language.
class MissingText
{
    Q_DECLARE_TR_FUNCTIONS(MissingText)

public:
    // Whether any record is missing.
    static bool any(const EvaluationResult& result);
    // Writes the sections; false, writing nothing, when no record is missing.
    static bool write(HtmlWriter& html, const EvaluationResult& result);
};

} // namespace spinereview
