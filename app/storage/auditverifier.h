// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageerror.h"

#include <optional>

namespace spinereview {

class Database;

// What `spinereview audit verify` found.
struct AuditVerification
{
    qint64 entries = 0;                // entries whose chain was checked
    qint64 cases = 0;                  // cases compared with their last audited import or save
    qint64 reviews = 0;                // reviews compared with their last audited save
    std::optional<qint64> brokenEntry; // the first entry that does not hold, when one does not
    QString problem;                   // empty when everything holds

    bool ok() const { return problem.isEmpty(); }
};

// Checks the audit trail: the hash chain entry by entry (every entry's hash over its contents, every entry's
// link to the one before, no gaps), the head against the chain's end (entries cut off the end), and every
// case and review as stored against what its last audit entry recorded (a change made around SpineReview,
// straight in the database). Reports the first problem, naming the entry.
class AuditVerifier
{
public:
    explicit AuditVerifier(const Database& database);

    StorageResult<AuditVerification> verify() const;

private:
    const Database& m_database;
};

} // namespace spinereview
