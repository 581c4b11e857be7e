// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"
#include "core/engine/rationalelines.h"
#include "reports/citationlist.h"
#include "reports/htmlwriter.h"
#include "reports/reportinput.h"

#include <QCoreApplication>

namespace spinereview {

// The parts every report shares: the criteria set that produced the result, the rationale trees as
// indented criteria with their citations, the references, and the footer naming the set on every page. What
// the engine and the criteria files wrote is printed in the installed language (core/i18n), as the desk shows
// it; without a translation it is their English, as the command line prints it.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(ReportSections)

public:
    // Title, id, version, effective date, label, SHA-256 of the set and of the evidence library, engine version.
    static HtmlWriter::Fields criteriaSet(const CriteriaSetInfo& info);
    // One paragraph per criterion of the tree that decides its status (RationaleLines), with its status word
    // when `withStatus`.
    static void rationale(HtmlWriter& html, const CriterionOutcome& tree, RationaleLines::Opening opening,
                          bool withStatus, CitationList& citations);
    // "References" with the numbered list; nothing when nothing was cited.
    static void references(HtmlWriter& html, const CitationList& citations);
    // "L4-L5: met; L5-S1: incomplete", or the component's status word for a case-wide component.
    static QString levelStatuses(const ComponentOutcome& outcome);
    // "✔ met", "✖ not met", "? incomplete": statusMark in the installed language.
    static QString mark(Status status);
    // The footer of every page: what the document is, of which case, and the criteria set with its hash.
    static QStringList footer(const QString& documentTitle, const ReportInput& input);
};

} // namespace spinereview
