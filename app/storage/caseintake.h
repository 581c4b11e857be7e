// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criteriaset.h"
#include "storage/review.h"
#include "storage/reviewer.h"
#include "storage/storageerror.h"
#include "storage/storedcase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace spinereview {

class AuditLog;
class Database;

struct IntakeOutcome
{
    StoredCase stored;
    std::optional<Review> review; // nullopt when the same document was already stored (unchanged)
    bool unchanged = false;
};

// Imports case files into the worklist: each file checked against spinereview-case/1, evaluated under the
// criteria set, and stored with its first (draft) review in one transaction — both or neither. `db import`
// and the worklist's "Import cases…" both come through here.
class CaseIntake
{
    Q_DECLARE_TR_FUNCTIONS(CaseIntake)

public:
    CaseIntake(const Database& database, const AuditLog& audit);

    // Invalid errors name the file and what is wrong with it: that it cannot be read, or one line per problem
    // with its JSON path (also a caseId already stored with another document); other kinds are database
    // failures. The case is evaluated as of its reviewDate, or `today` when it states none.
    StorageResult<IntakeOutcome> importFile(const QString& path, const CriteriaSetPtr& set, QDate today,
                                            const Actor& actor) const;
    StorageResult<IntakeOutcome> importDocument(const QByteArray& document, const QString& sourceName,
                                                const CriteriaSetPtr& set, QDate today, const Actor& actor) const;

private:
    const Database& m_database;
    const AuditLog& m_audit;
};

} // namespace spinereview
