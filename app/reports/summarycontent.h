// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportinput.h"

#include <QCoreApplication>

namespace spinereview {

class HtmlWriter;
class CitationList;

// The review summary for the file and the payer: the case's identifiers, the criteria set with its hash,
// every component's determination with the criteria that decide it, the missing documentation, cautions,
// the reviewer's decisions, reasons and notes, and the evidence the criteria cite.
class SummaryContent
{
    Q_DECLARE_TR_FUNCTIONS(SummaryContent)

public:
    static QString title();
    static QString html(const ReportInput& input);

private:
    static void determinations(HtmlWriter& html, const ReportInput& input);
    static void decisions(HtmlWriter& html, const ReportInput& input);
    static void rationale(HtmlWriter& html, const ReportInput& input, CitationList& citations);
    static void missingAndCautions(HtmlWriter& html, const ReportInput& input);
    static void notes(HtmlWriter& html, const ReportInput& input);
};

} // namespace spinereview
