// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportsections.h"

#include "core/engine/resultjson.h"
#include "core/i18n/criteriatexts.h"
#include "core/i18n/enginephrases.h"
#include "core/i18n/resulttexts.h"

namespace spinereview {

using namespace Qt::StringLiterals;

HtmlWriter::Fields ReportSections::criteriaSet(const CriteriaSetInfo& info)
{
    return {{tr("Criteria set"), CriteriaTexts::title(info)},
            {tr("Identifier"), info.id},
            {tr("Version"), info.version},
            {tr("Effective"), info.effectiveDate},
            {tr("About the set"), CriteriaTexts::label(info)},
            {tr("SHA-256 of the set"), info.sha256, true},
            {tr("SHA-256 of the evidence library"), info.evidenceSha256, true},
            {tr("Engine"), tr("SpineReview %1").arg(QString(ResultJson::engineVersion))}};
}

void ReportSections::rationale(HtmlWriter& html, const CriterionOutcome& tree, RationaleLines::Opening opening,
                               bool withStatus, CitationList& citations)
{
    for (const RationaleLines::Line& line : RationaleLines::flatten(tree, opening)) {
        // The line's text is the file's English: the translation is looked up by the criterion's id instead.
        const CriterionOutcome& outcome = *line.outcome;
        html.criterion(line.depth, withStatus ? mark(outcome.status) : QString(),
                       CriteriaTexts::text(*outcome.node, outcome.level), ResultTexts::remark(outcome),
                       citations.cite(outcome.node->evidence));
    }
}

void ReportSections::references(HtmlWriter& html, const CitationList& citations)
{
    if (citations.isEmpty())
        return;
    html.heading(tr("References"));
    for (const QString& reference : citations.references())
        html.smallPrint(reference);
    html.smallPrint(CitationList::legend());
}

QString ReportSections::levelStatuses(const ComponentOutcome& outcome)
{
    // The words of a sentence ("met", "not met"), which in English are statusWord's.
    if (outcome.levels.empty())
        return EnginePhrases::statusInSentence(outcome.status);
    QStringList parts;
    for (const auto& [level, status] : outcome.levels)
        parts.append(enumToString(level) + u": "_s + EnginePhrases::statusInSentence(status));
    return parts.join(u"; "_s);
}

QString ReportSections::mark(Status status)
{
    // statusMark's symbols, which read the same in every language; only the word beside them is translated.
    const QString symbol = status == Status::Met ? u"✔"_s : (status == Status::NotMet ? u"✖"_s : u"?"_s);
    return symbol + u' ' + EnginePhrases::statusInSentence(status);
}

QStringList ReportSections::footer(const QString& documentTitle, const ReportInput& input)
{
    QStringList lines{tr("%1 · case %2 · reviewed as of %3")
                          .arg(documentTitle, input.result.caseId, input.result.reviewDate.toString(Qt::ISODate))};
    if (const CriteriaSetPtr& set = input.result.criteriaSet) {
        lines.append(
            tr("Criteria: %1 (%2), version %3").arg(CriteriaTexts::title(set->info), set->info.id, set->info.version));
        lines.append(tr("SHA-256 %1").arg(set->info.sha256));
    }
    return lines;
}

} // namespace spinereview
