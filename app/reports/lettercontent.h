// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportinput.h"

#include <QCoreApplication>

namespace spinereview {

class HtmlWriter;
class CitationList;

// The letter of medical necessity for the surgeon's office to sign, addressed to the payer: the patient's
// history, findings and conservative care from the case, the indications met for each requested component
// in the criteria's words with their citations, and a signature block. It claims only indications the
// engine found met; every other component is named as not supported by the criteria as documented.
class LetterContent
{
    Q_DECLARE_TR_FUNCTIONS(LetterContent)

public:
    static QString title();
    static QString html(const ReportInput& input);

private:
    static void clinicalRecord(HtmlWriter& html, const SpineCase& spineCase);
    static void indications(HtmlWriter& html, const ReportInput& input, CitationList& citations);
    static void signature(HtmlWriter& html);
};

} // namespace spinereview
