// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "storage/reviewer.h"
#include "storage/storageerror.h"
#include "storage/storedcase.h"

#include <QCoreApplication>

#include <functional>

namespace spinereview {

class AuditLog;
class Database;

// The stored case files. A case is imported once under its caseId; a later document for the same case is
// saved over it with the earlier one kept as a revision. Every write is audited in the same transaction.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    enum class ImportOutcome {
        Added,     // a new case
        Unchanged, // the same caseId with the same bytes was already stored: nothing was written
    };
    struct Import
    {
        StoredCase stored;
        ImportOutcome outcome = ImportOutcome::Added;
    };

    CaseRepository(const Database& database, const AuditLog& audit);

    // Stores a case file exactly as given after checking it against spinereview-case/1 (issues name
    // `sourceName`). A different document under a caseId already stored is refused, naming both.
    StorageResult<Import> import(const QByteArray& document, const QString& sourceName, const Actor& actor) const;
    // Saves a newer document of the case; the one it replaces is kept in case_revisions. Refused (Conflict)
    // when the case was saved since `expectedRowVersion` was read.
    StorageResult<StoredCase> saveDocument(qint64 ref, const QByteArray& document, int expectedRowVersion,
                                           const Actor& actor) const;

    StorageResult<StoredCase> find(qint64 ref) const;
    StorageResult<std::optional<StoredCase>> findByCaseId(const QString& caseId) const;
    StorageResult<QList<CaseRevision>> revisions(qint64 ref) const;
    StorageResult<qint64> count() const;
    // Every case in caseId order, read in batches; `visit` returns false to stop.
    StorageStatus forEach(const std::function<bool(const StoredCase&)>& visit) const;

    // A case file read against spinereview-case/1: the case, or an Invalid error with one line per issue
    // ("FILE: JSON PATH: what is wrong").
    static StorageResult<SpineCase> parse(const QByteArray& document, const QString& sourceName);
    static QString sha256(const QByteArray& bytes);

private:
    StorageResult<QList<StoredCase>> select(const QString& where, const QVariantList& values,
                                            const QString& tail = {}) const;

    const Database& m_database;
    const AuditLog& m_audit;
};

} // namespace spinereview
