// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/casesection.h"

#include "document/casedocument.h"

namespace spinereview {

CaseSection::CaseSection(CaseDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    connect(&document, &CaseDocument::caseReplaced, this, [this] {
        reload();
        emit completenessChanged();
    });
    connect(&document, &CaseDocument::issuesChanged, this, &CaseSection::showIssues);
    connect(&document, &CaseDocument::caseEdited, this, [this](const QString& origin) {
        if (origin.isEmpty() || !ownsPath(origin))
            reload();
        emit completenessChanged();
    });
}

} // namespace spinereview
