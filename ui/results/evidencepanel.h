// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/criteria/criterionnode.h"
#include "core/criteria/evidencelibrary.h"

#include <QTextBrowser>

#include <memory>
#include <optional>

namespace spinereview {

// The evidence behind the selected criterion, in full and offline: citations, identifiers as text, the
// source's grade and the display badge, the confidence tag and what it asks of the reviewer, the key
// finding and its uncertainties, and where sources disagree.
class EvidencePanel final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePanel)

public:
    explicit EvidencePanel(std::shared_ptr<const EvidenceLibrary> library, QWidget* parent = nullptr);

    // nullptr shows a hint to pick a criterion. The node is read now and not kept.
    void showCriterion(const CriterionNode* node, std::optional<Level> level = std::nullopt);
    // The id of the criterion shown, empty for none.
    QString criterionId() const { return m_criterionId; }

private:
    std::shared_ptr<const EvidenceLibrary> m_library;
    QString m_criterionId;
    QString m_html;
};

} // namespace spinereview
