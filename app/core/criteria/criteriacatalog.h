// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criteriaset.h"
#include "core/criteria/evidencelibrary.h"
#include "core/json/validationissue.h"

#include <memory>

namespace spinereview {

// The criteria sets of one folder and their evidence library. Each file loads on its own: a broken set
// is reported and left out while the others load (a set written as differences fails with the set it
// extends). Passed to whoever needs criteria — never a global.
class CriteriaCatalog
{
public:
    static constexpr QLatin1StringView bundledDirectory{":/criteria"};
    static constexpr QLatin1StringView defaultSetId{"reference"};

    static CriteriaCatalog loadDirectory(const QString& directory);

    const QList<CriteriaSetPtr>& sets() const { return m_sets; }
    CriteriaSetPtr find(const QString& id) const;
    // `reference` when it loaded, else the first set that did.
    CriteriaSetPtr defaultSet() const;
    std::shared_ptr<const EvidenceLibrary> evidence() const { return m_evidence; }
    // Every problem found, in every file.
    const ValidationIssues& issues() const { return m_issues; }
    // Whether a set of this id is in the folder but did not load (a file that is not even JSON counts
    // under its file name, the convention for set files).
    bool failedToLoad(const QString& id) const { return m_failedIds.contains(id); }
    QString directory() const { return m_directory; }

private:
    QString m_directory;
    QList<CriteriaSetPtr> m_sets;
    std::shared_ptr<const EvidenceLibrary> m_evidence;
    ValidationIssues m_issues;
    QStringList m_failedIds;
};

} // namespace spinereview
