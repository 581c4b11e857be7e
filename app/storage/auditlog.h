// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reviewer.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>

namespace spinereview {

class Database;

// One entry of the audit trail.
struct AuditEntry
{
    qint64 seq = 0; // 1, 2, 3, … without gaps
    QDateTime at;
    QString actor;
    QString action; // one of AuditAction
    QString entity; // "case", "review", "reviewer", "database"
    qint64 entityRef = 0;
    QString details; // compact JSON, exactly as hashed
    QString prevHash;
    QString hash;

    QJsonObject detailsObject() const;
};

// What entries record. A save of a review writes one `review.engine` when the engine's determinations
// changed with the case (every component's engine status before and after), one `review.decision` per
// decision that agrees with the engine, one `review.override` per decision that differs (with its reason), one
// `review.status` when the status moves, and last a `review.save` with the digest of the review as saved.
namespace AuditAction {
inline constexpr QLatin1StringView caseImport{"case.import"};
inline constexpr QLatin1StringView caseSave{"case.save"};
inline constexpr QLatin1StringView reviewCreate{"review.create"};
inline constexpr QLatin1StringView reviewSave{"review.save"};
inline constexpr QLatin1StringView reviewStatus{"review.status"};
inline constexpr QLatin1StringView reviewEngine{"review.engine"};
inline constexpr QLatin1StringView reviewDecision{"review.decision"};
inline constexpr QLatin1StringView reviewOverride{"review.override"};
inline constexpr QLatin1StringView reviewerAdd{"reviewer.add"};
inline constexpr QLatin1StringView databaseRestore{"database.restore"};
} // namespace AuditAction

// The append-only, hash-chained audit trail. Each entry's hash is SHA-256 over its canonical text, which
// includes the previous entry's hash (the first entry follows 64 zeros); the head row records the last
// entry. There is no update and no delete here: AuditVerifier checks that nothing else made any.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static constexpr QLatin1StringView genesisHash{"0000000000000000000000000000000000000000000000000000000000000000"};

    explicit AuditLog(const Database& database);

    // Appends inside the caller's transaction (or in one of its own). Writers queue on the head row, so
    // concurrent programs' entries follow one another.
    StorageResult<AuditEntry> append(const Actor& actor, QLatin1StringView action, QLatin1StringView entity,
                                     qint64 entityRef, const QJsonObject& details) const;
    StorageResult<QList<AuditEntry>> entriesFor(QLatin1StringView entity, qint64 entityRef) const;

    // The canonical text of an entry — every field as `byte length:UTF-8 bytes` on its own line, in the
    // order seq, at (ms), actor, action, entity, entity ref, details, previous hash — and its SHA-256 (hex).
    static QByteArray canonicalText(const AuditEntry& entry);
    static QString entryHash(const AuditEntry& entry);
    // The entry on `query`'s current row, selected as "seq, at, actor, action, entity, entity_ref, details,
    // prev_hash, hash" (the order both the log and its verifier read).
    static AuditEntry entryFromRow(const QSqlQuery& query);

private:
    const Database& m_database;
};

} // namespace spinereview
