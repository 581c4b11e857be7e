// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/evidencelibrary.h"

#include <QCoreApplication>

namespace spinereview {

// How an entry of the evidence library is cited in text: the evidence panel and the printed reports name
// sources alike. An untraced founding-review claim is named as a claim, never by its title, which restates
// it as if it were a finding.
class EvidenceCitation
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCitation)

public:
    // "PMID 123", "DOI 10.…", "Policy CPB 0743", … — those the entry has, in that order.
    static QStringList identifiers(const QJsonObject& identifiers);
    // The entry's title, or "founding-review claim (could not be verified)".
    static QString title(const EvidenceEntry& entry);
    // One line for a list of references: "Authors. Title. Source. Year. PMID … · DOI …"; for an untraced claim
    // what was claimed and what the audit found.
    static QString reference(const EvidenceEntry& entry);
};

} // namespace spinereview
