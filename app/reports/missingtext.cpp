// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/missingtext.h"

#include "core/case/caselabels.h"
#include "core/engine/missingdocumentation.h"
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
        html.bulletList(section.records);
    }
    return !sections.empty();
}

} // namespace spinereview
