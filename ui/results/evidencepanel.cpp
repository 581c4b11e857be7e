// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/evidencepanel.h"

#include "core/i18n/criteriatexts.h"
#include "results/evidencehtml.h"

namespace spinereview {

using namespace Qt::StringLiterals;

EvidencePanel::EvidencePanel(std::shared_ptr<const EvidenceLibrary> library, QWidget* parent)
    : QTextBrowser(parent)
    , m_library(std::move(library))
{
    setObjectName(u"evidencePanel"_s);
    setAccessibleName(tr("Evidence for the selected criterion"));
    // Offline: identifiers are text to copy, nothing here opens a link.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByKeyboard);
    showCriterion(nullptr);
}

void EvidencePanel::showCriterion(const CriterionNode* node, std::optional<Level> level)
{
    QString html;
    if (!m_library)
        html = EvidenceHtml::placeholder(tr("The evidence library did not load."));
    else if (!node)
        html = EvidenceHtml::placeholder(tr("Select a criterion in the reasons to see the evidence it cites."));
    else
        html = EvidenceHtml::criterion(*node, level, *m_library);
    m_criterionId = node ? node->id : QString();
    // Re-evaluation re-selects the same criterion on every keystroke; keep the reader's scroll position.
    if (html == m_html)
        return;
    m_html = html;
    setHtml(html);
    setAccessibleDescription(node ? tr("Evidence cited by: %1").arg(CriteriaTexts::text(*node, level)) : QString());
}

} // namespace spinereview
