// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/lettercontent.h"

#include "core/case/caselabels.h"
#include "core/i18n/criteriatexts.h"
#include "reports/casetext.h"
#include "reports/citationlist.h"
#include "reports/clinicaltext.h"
#include "reports/htmlwriter.h"
#include "reports/reportsections.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

QString LetterContent::title()
{
    return tr("Letter of medical necessity");
}

QString LetterContent::html(const ReportInput& input)
{
    const SpineCase& spineCase = input.spineCase;
    HtmlWriter html;
    CitationList citations(input.evidence);
    html.title(title());
    html.blankLine(tr("Date:"));
    const QString payer = spineCase.coverage ? spineCase.coverage->payer.value_or(QString()) : QString();
    if (payer.isEmpty())
        html.blankLine(tr("To (payer):"));
    else
        html.labelled(tr("To:"), tr("%1, utilization review").arg(payer));

    html.minorHeading(tr("Re:"));
    HtmlWriter::Fields re = CaseText::identification(spineCase);
    re += ClinicalText::patient(spineCase);
    re += CaseText::request(spineCase);
    html.fields(re);

    html.paragraph(tr("Dear medical reviewer,"));
    if (const CriteriaSetPtr& set = input.result.criteriaSet)
        html.paragraph(tr("This letter sets out the clinical record behind the surgery requested above and the "
                          "indications it meets under %1, version %2.")
                           .arg(CriteriaTexts::title(set->info), set->info.version));

    clinicalRecord(html, spineCase);
    indications(html, input, citations);
    signature(html);
    ReportSections::references(html, citations);
    html.smallPrint(tr("Prepared with SpineReview decision support from the case record. The indications listed "
                       "are those the criteria set named on every page finds met; no other component is claimed."));
    return html.html();
}

void LetterContent::clinicalRecord(HtmlWriter& html, const SpineCase& spineCase)
{
    html.heading(tr("History"));
    html.fields(ClinicalText::symptoms(spineCase));
    const QStringList operations = ClinicalText::priorOperations(spineCase);
    if (!operations.isEmpty()) {
        html.minorHeading(tr("Prior lumbar operations"));
        html.bulletList(operations);
    }

    html.heading(tr("Findings"));
    for (const ImagingStudy& study : spineCase.imaging.value_or(QList<ImagingStudy>())) {
        html.minorHeading(tr("Imaging:") + u' ' + ClinicalText::imagingStudy(study));
        const QList<QStringList> levels = ClinicalText::imagingLevels(study);
        if (!levels.isEmpty())
            html.table({tr("Level"), tr("Findings")}, levels);
    }
    QStringList studies;
    for (const EmgStudy& study : spineCase.emg.value_or(QList<EmgStudy>()))
        studies.append(ClinicalText::emgStudy(study));
    if (!studies.isEmpty()) {
        html.minorHeading(tr("Electrodiagnostic studies:"));
        html.bulletList(studies);
    }
    const HtmlWriter::Fields exam = ClinicalText::exam(spineCase);
    if (std::any_of(exam.cbegin(), exam.cend(),
                    [](const HtmlWriter::Field& field) { return !field.value.isEmpty(); })) {
        html.minorHeading(tr("Examination:"));
        html.fields(exam);
    }

    const QList<QStringList> episodes = ClinicalText::therapyEpisodes(spineCase);
    if (!episodes.isEmpty()) {
        html.heading(tr("Conservative care"));
        html.table(ClinicalText::therapyHeader(), episodes);
    }
}

void LetterContent::indications(HtmlWriter& html, const ReportInput& input, CitationList& citations)
{
    html.heading(tr("Indications met"));
    bool anyMet = false;
    for (const ComponentOutcome& outcome : input.result.components) {
        if (outcome.status != Status::Met)
            continue;
        anyMet = true;
        html.subheading(CaseText::componentAt(outcome.component, input.spineCase.levelsOf(outcome.component)));
        // A met tree opens only into its met children: no criterion that does not hold is listed here.
        for (const CriterionOutcome& tree : outcome.criteria)
            ReportSections::rationale(html, tree, RationaleLines::Opening::All, false, citations);
    }
    if (!anyMet)
        html.paragraph(tr("None of the requested components meets the criteria as documented."));

    // A surgeon's office signs this letter for the whole request, so it must see every component it does not
    // support rather than find them silently missing: they are listed plainly, with their status per level and
    // no indication claimed, for the office to document further (see the request for information) or withdraw.
    QStringList unsupported;
    for (const ComponentOutcome& outcome : input.result.components) {
        if (outcome.status != Status::Met)
            unsupported.append(
                tr("%1 (%2)").arg(CaseLabels::component(outcome.component), ReportSections::levelStatuses(outcome)));
    }
    if (unsupported.isEmpty())
        return;
    html.heading(tr("Not supported by the criteria as documented"));
    html.paragraph(tr("The following requested components are not supported by the criteria as documented; this "
                      "letter claims no indication for them."));
    html.bulletList(unsupported);
}

void LetterContent::signature(HtmlWriter& html)
{
    html.paragraph(tr("Sincerely,"));
    html.blankLine(tr("Surgeon's name:"));
    html.blankLine(tr("Signature:"));
    html.blankLine(tr("Date:"));
    html.blankLine(tr("NPI:"));
}

} // namespace spinereview
