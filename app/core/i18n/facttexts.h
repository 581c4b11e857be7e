// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/factcatalog.h"

#include <QString>

namespace spinereview {

// A fact as a reader sees it, in the installed language: its short label ("BMI (kg/m²)") and its meaning.
// FactCatalog keeps the English, marked for lupdate where it is defined; the lookup happens only where a
// fact is shown, so evaluations stay as fast as before and the command line, which installs no translator,
// stays English. A fact's id (FactCatalog's name) is what criteria authors write and is never translated.
class FactTexts
{
public:
    static QString label(FactId id);
    static QString meaning(FactId id);
};

} // namespace spinereview
