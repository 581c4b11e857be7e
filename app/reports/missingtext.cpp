// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/missingtext.h"

#include "core/case/caselabels.h"
#include "core/engine/missingdocumentation.h"
#include "core/i18n/resulttexts.h"
#include "reports/htmlwriter.h"

namespace spinereview {

bool MissingText::any(const EvaluationResult& result)
{
    return !MissingDocumentation::groups(result).empty();
}

bool MissingText::write(HtmlWriter& html, const EvaluationResult& result)
{
    const std::vector<MissingDocumentation::Group> groups = MissingDocumentation::groups(result);
    const std::vector<MissingDocumentation::Section> sections = MissingDocumentation::sections(groups);
    for (const MissingDocumentation::Section& section : sections) {
        const QString where =
            section.level ? tr("%1 at %2").arg(CaseLabels::component(section.component), enumToString(*section.level))
                          : CaseLabels::component(section.component);
        QString heading = tr("To settle %1:").arg(where);
        if (section.recordsOf) {
            const QString earlier = CaseLabels::component(*section.recordsOf);
            heading += u' ' + (section.records.isEmpty() ? tr("the same records as for %1.").arg(earlier)
                                                         : tr("the records for %1, and").arg(earlier));
        }
        html.minorHeading(heading);
        // Grouped by the engine's English, which is what the records are compared by; translated when written.
        QStringList records;
        for (const QString& record : section.records)
            records.append(ResultTexts::record(record, result.criteriaSet.get()));
        html.bulletList(records);
    }
    return !sections.empty();
}

} // namespace spinereview
