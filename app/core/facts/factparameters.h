// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace spinereview {

// The windows a criteria set chooses for the facts it reads (criteria-reference.md: the reference set
// takes 12 months for both; the eviCore profile takes imaging within 6 months). They come from the
// set's `parameters`, each with its source there.
struct FactParameters
{
    int qualifyingImagingMonths = 12;
    int activeTherapyRecencyMonths = 12;
    QDate effectiveDate; // the set's own effective date, for criteria.inEffect
};

} // namespace spinereview
