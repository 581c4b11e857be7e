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
        // Each section owns distinct paths, so an edit made in another section leaves this one's fields as they
        // are — except the review date, which the imaging hints and the weeks of care are counted to. An edit
        // with no origin (a programmatic change) may touch anything.
        if (origin.isEmpty() || (origin == QLatin1StringView("reviewDate") && !ownsPath(origin)))
            reload();
        emit completenessChanged();
    });
}

} // namespace spinereview
