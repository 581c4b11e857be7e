// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/criteria/criterionnode.h"
#include "core/criteria/evidencelibrary.h"

#include <QCoreApplication>

#include <optional>

namespace spinereview {

// The evidence behind one criterion as an HTML page (Qt's rich-text subset): every cited entry in full,
// its grade, badge and confidence tag, the criterion's note and the library's disagreements that involve
// a cited entry. Every string from the data files is escaped. Untraced founding-review claims show the
// claim and the audit, marked "Could not be verified" — never as a finding.
class EvidenceHtml
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceHtml)

public:
    static QString criterion(const CriterionNode& node, std::optional<Level> level, const EvidenceLibrary& library);
    static QString entry(const EvidenceEntry& entry, const EvidenceLibrary& library);
    static QString placeholder(const QString& text);

    // "Strong", "Moderate", "Weak", "Insufficient", "Policy", "Consensus" or "Not graded" (§1.6).
    static QString badgeWord(const QString& badge);
    // "[C] Confirmed …", "[S] … verify against current source", "[M] Unverified …" (§0.1).
    static QString confidenceText(const QString& confidence);
};

} // namespace spinereview
