// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/textreport.h"

#include "core/engine/rationalelines.h"
#include "core/engine/resultjson.h"

#include <QSet>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace TextReport {

namespace {

QString componentTitle(Component component)
{
    if (component == Component::Bmp)
        return u"BMP (rhBMP-2)"_s;
    QString name = enumToString(component).replace(u'_', u' ');
    name[0] = name[0].toUpper();
    return name;
}

QString padded(const QString& text, int width)
{
    return text.leftJustified(width, u' ');
}

QString factLine(const FactUse& use)
{
    QString value = use.assumedAbsent ? u"not documented — assumed absent"_s : use.value.display();
    if (!use.value.note.isEmpty())
        value += u"; "_s + use.value.note;
    return QString::fromLatin1(FactCatalog::definition(use.fact).name) + u" = "_s + value;
}

// The rationale tree, opened only where it does not hold: a met branch is one line.
void renderTree(const CriterionOutcome& tree, QTextStream& out)
{
    for (const RationaleLines::Line& line : RationaleLines::flatten(tree, RationaleLines::Opening::Undecided)) {
        const CriterionOutcome& outcome = *line.outcome;
        out << QString(line.depth * 2 + 4, u' ') << statusMark(outcome.status) << "  " << line.text;
        if (!outcome.remark.isEmpty())
            out << " (" << outcome.remark << ")";
        if (!outcome.facts.empty()) {
            QStringList facts;
            for (const FactUse& use : outcome.facts)
                facts.append(factLine(use));
            out << "  [" << facts.join(u"; "_s) << "]";
        }
        out << '\n';
    }
}

} // namespace

void render(const QList<EvaluationResult>& results, QTextStream& out)
{
    if (results.isEmpty())
        return;
    const EvaluationResult& first = results.first();
    out << "SpineReview " << QString(ResultJson::engineVersion)
        << " — decision support for a qualified reviewer; the reviewer decides.\n";
    out << "Case " << first.caseId << " · reviewed as of " << first.reviewDate.toString(Qt::ISODate) << "\n\n";

    out << "Criteria sets\n";
    for (const EvaluationResult& result : results) {
        const CriteriaSetInfo& info = result.criteriaSet->info;
        out << "  " << padded(info.id, 18) << info.title << "\n"
            << "  " << QString(18, u' ') << "version " << info.version << " · effective " << info.effectiveDate
            << " · sha256 " << info.sha256.left(12) << "…\n";
        if (!info.label.isEmpty())
            out << "  " << QString(18, u' ') << info.label << "\n";
    }
    out << '\n';

    // Components × sets, in the request's order.
    const int nameWidth = 24;
    const int columnWidth = std::max(16, static_cast<int>(std::max_element(results.cbegin(), results.cend(),
                                                                           [](const auto& a, const auto& b) {
                                                                               return a.criteriaSet->info.id.size() <
                                                                                      b.criteriaSet->info.id.size();
                                                                           })
                                                              ->criteriaSet->info.id.size()) +
                                             2);
    out << padded(u"Component"_s, nameWidth);
    for (const EvaluationResult& result : results)
        out << padded(result.criteriaSet->info.id, columnWidth);
    out << '\n';
    for (const ComponentOutcome& component : first.components) {
        out << padded(componentTitle(component.component), nameWidth);
        QSet<int> statuses;
        for (const EvaluationResult& result : results) {
            const ComponentOutcome* outcome = result.component(component.component);
            out << padded(outcome ? statusMark(outcome->status) : u"—"_s, columnWidth);
            if (outcome)
                statuses.insert(static_cast<int>(outcome->status));
        }
        if (statuses.size() > 1)
            out << "← sets disagree";
        out << '\n';
    }

    for (const EvaluationResult& result : results) {
        out << "\nReasons — " << result.criteriaSet->info.id << "\n";
        QStringList missing;
        for (const ComponentOutcome& component : result.components) {
            out << "  " << componentTitle(component.component) << ": " << component.summary << "\n";
            if (component.status != Status::Met) {
                for (const CriterionOutcome& tree : component.criteria)
                    renderTree(tree, out);
            }
            for (const QString& caution : component.cautions)
                out << "    ! " << caution << "\n";
            for (const QString& item : component.missing) {
                if (!missing.contains(item))
                    missing.append(item);
            }
        }
        if (!missing.isEmpty()) {
            out << "  Missing documentation:\n";
            for (const QString& item : missing)
                out << "    - " << item << "\n";
        }
    }
}

} // namespace TextReport

} // namespace spinereview
