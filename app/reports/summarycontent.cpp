// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/summarycontent.h"

#include "core/case/caselabels.h"
#include "core/i18n/criteriatexts.h"
#include "core/i18n/resulttexts.h"
#include "reports/casetext.h"
#include "reports/citationlist.h"
#include "reports/htmlwriter.h"
#include "reports/missingtext.h"
#include "reports/reportsections.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// In English the stored status's own name, read as words ("in_review" reads "in review").
QString reviewStatus(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft:
        return SummaryContent::tr("draft", "a review's status");
    case ReviewStatus::InReview:
        return SummaryContent::tr("in review", "a review's status");
    case ReviewStatus::PhysicianAdvisor:
        return SummaryContent::tr("physician advisor", "a review's status");
    case ReviewStatus::Determined:
        return SummaryContent::tr("determined", "a review's status");
    }
    return enumToString(status);
}

QString criterionText(const CriteriaSet& set, const QString& id, const std::optional<Level>& level)
{
    for (const CriterionNode& node : set.nodes) {
        if (node.id == id && !node.text.isEmpty())
            return CriteriaTexts::text(node, level);
    }
    return id;
}

} // namespace

QString SummaryContent::title()
{
    return tr("Utilization review summary");
}

QString SummaryContent::html(const ReportInput& input)
{
    HtmlWriter html;
    CitationList citations(input.evidence);
    html.title(title());
    html.labelled(tr("Decision support for a qualified reviewer — the reviewer decides."), QString());

    html.heading(tr("Case"));
    HtmlWriter::Fields fields = CaseText::identification(input.spineCase);
    fields += CaseText::request(input.spineCase);
    fields.append({tr("Review date"), input.result.reviewDate.toString(Qt::ISODate)});
    html.fields(fields);

    if (input.result.criteriaSet) {
        html.heading(tr("Criteria"));
        html.fields(ReportSections::criteriaSet(input.result.criteriaSet->info));
    }
    determinations(html, input);
    decisions(html, input);
    rationale(html, input, citations);
    missingAndCautions(html, input);
    notes(html, input);
    ReportSections::references(html, citations);
    html.paragraph(tr("Decision support for a qualified reviewer — the reviewer decides. Every determination above "
                      "is the engine's under the criteria set named on every page; decisions and reasons are the "
                      "reviewer's own."));
    return html.html();
}

void SummaryContent::determinations(HtmlWriter& html, const ReportInput& input)
{
    html.heading(tr("Determinations"));
    QList<QStringList> rows;
    for (const ComponentOutcome& outcome : input.result.components) {
        QString decision = tr("—");
        if (input.review) {
            const ComponentDecision* decided = input.review->component(outcome.component);
            decision = decided && decided->decision ? ReportSections::mark(*decided->decision) : tr("not decided");
        }
        rows.append({CaseLabels::component(outcome.component), ReportSections::levelStatuses(outcome),
                     ReportSections::mark(outcome.status), decision});
    }
    html.table({tr("Component"), tr("Per level"), tr("Engine's determination"), tr("Reviewer's decision")}, rows);
}

void SummaryContent::decisions(HtmlWriter& html, const ReportInput& input)
{
    html.heading(tr("Reviewer's decisions"));
    if (!input.review) {
        html.paragraph(tr("No reviewer decision recorded."));
        return;
    }
    const Review& review = *input.review;
    html.fields({{tr("Stored review"), QString::number(review.ref)},
                 {tr("Status"), reviewStatus(review.status)},
                 {tr("Assigned reviewer"), input.assignedReviewer},
                 {tr("Last saved by"), review.updatedBy.isEmpty() || !review.updatedAt.isValid()
                                           ? review.updatedBy
                                           : tr("%1, %2").arg(review.updatedBy, CaseText::dateTime(review.updatedAt))},
                 {tr("Determined"), review.determinedAt ? CaseText::dateTime(*review.determinedAt) : QString()}});
    if (!review.matchesCriteria(input.result))
        html.paragraph(tr("This review was recorded under criteria %1, version %2 (SHA-256 %3); the determinations "
                          "in this summary were evaluated under the set named on every page.")
                           .arg(review.criteriaId, review.criteriaVersion, review.criteriaSha256));
    QList<QStringList> rows;
    for (const ComponentDecision& decision : review.components) {
        rows.append({CaseLabels::component(decision.component), ReportSections::mark(decision.engineStatus),
                     decision.decision ? ReportSections::mark(*decision.decision) : tr("not decided"),
                     decision.reason.isEmpty() ? tr("—") : decision.reason});
    }
    html.table({tr("Component"), tr("Engine's determination when saved"), tr("Decision"), tr("Reason")}, rows);
}

void SummaryContent::rationale(HtmlWriter& html, const ReportInput& input, CitationList& citations)
{
    html.heading(tr("Criteria per component"));
    for (const ComponentOutcome& outcome : input.result.components) {
        html.subheading(
            tr("%1 — %2").arg(CaseLabels::component(outcome.component), ReportSections::mark(outcome.status)));
        html.paragraph(ResultTexts::summary(outcome, input.result.criteriaSet.get()));
        for (const CriterionOutcome& tree : outcome.criteria)
            ReportSections::rationale(html, tree, RationaleLines::Opening::All, true, citations);
    }
}

void SummaryContent::missingAndCautions(HtmlWriter& html, const ReportInput& input)
{
    html.heading(tr("Missing documentation"));
    if (!MissingText::write(html, input.result))
        html.paragraph(tr("None: every determination is decided by the documentation."));

    // Gathered by the engine's English, which names a caution the same way for every component; translated when
    // written.
    QList<std::pair<QString, QStringList>> cautions; // text, components
    for (const ComponentOutcome& outcome : input.result.components) {
        for (const QString& caution : outcome.cautions) {
            auto found = std::find_if(cautions.begin(), cautions.end(),
                                      [&caution](const auto& entry) { return entry.first == caution; });
            if (found == cautions.end())
                found = cautions.insert(cautions.end(), {caution, {}});
            found->second.append(CaseLabels::component(outcome.component));
        }
    }
    html.heading(tr("Cautions"));
    if (cautions.isEmpty()) {
        html.paragraph(tr("None."));
        return;
    }
    QStringList items;
    for (const auto& [caution, components] : cautions)
        items.append(
            tr("%1 (%2)").arg(ResultTexts::caution(caution, input.result.criteriaSet.get()), components.join(u", "_s)));
    html.bulletList(items);
}

void SummaryContent::notes(HtmlWriter& html, const ReportInput& input)
{
    if (!input.review || input.review->notes.isEmpty() || !input.result.criteriaSet)
        return;
    html.heading(tr("Reviewer's notes"));
    QStringList items;
    for (const CriterionNote& note : input.review->notes) {
        const QString criterion = criterionText(*input.result.criteriaSet, note.criterionId, note.level);
        // A criterion whose text names no level gets the note's level beside it.
        const bool levelNamed = !note.level || criterion.contains(enumToString(*note.level));
        items.append(levelNamed ? tr("%1: %2").arg(criterion, note.text)
                                : tr("%1 (%2): %3").arg(criterion, enumToString(*note.level), note.text));
    }
    html.bulletList(items);
}

} // namespace spinereview
