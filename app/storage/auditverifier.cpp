// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditverifier.h"

#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

namespace spinereview {

using namespace Qt::StringLiterals;

// Its findings are read only by `spinereview audit verify`, and the command line's output is English (it installs
// no translator): they stay plain English. Failures of the reads underneath come through the repositories and
// Database::failure, like every storage error.

namespace {

// What the last audited write of a case or review recorded about it.
struct Recorded
{
    qint64 seq = 0;
    QString digest;
};

QString describe(const AuditEntry& entry)
{
    return u"audit entry %1 (%2 of %3 %4 by %5 at %6)"_s.arg(QString::number(entry.seq), entry.action, entry.entity,
                                                             QString::number(entry.entityRef), entry.actor,
                                                             entry.at.toString(Qt::ISODateWithMs));
}

} // namespace

AuditVerifier::AuditVerifier(const Database& database)
    : m_database(database)
{}

StorageResult<AuditVerification> AuditVerifier::verify() const
{
    AuditVerification result;
    QHash<qint64, Recorded> cases;
    QHash<qint64, Recorded> reviews;
    const auto fail = [&result](std::optional<qint64> entry, const QString& problem) {
        result.brokenEntry = entry;
        result.problem = problem;
        return result;
    };

    // Keyset batches: the whole trail never sits in memory at once.
    constexpr int batch = 2000;
    qint64 expectedSeq = 1;
    QString previousHash = AuditLog::genesisHash;
    for (;;) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        const QString reading = u"reading the audit trail"_s;
        if (auto failed = m_database.prepare(
                query,
                u"SELECT seq, at, actor, action, entity, entity_ref, details, prev_hash, hash FROM audit_log "
                u"WHERE seq >= ? ORDER BY seq LIMIT %1"_s.arg(batch),
                reading))
            return *failed;
        query.addBindValue(expectedSeq);
        if (!query.exec())
            return m_database.failure(query, reading);
        int rows = 0;
        while (query.next()) {
            ++rows;
            const AuditEntry entry = AuditLog::entryFromRow(query);
            if (entry.seq != expectedSeq)
                return fail(entry.seq, u"%1: the entries before it, from entry %2, are missing"_s.arg(
                                           describe(entry), QString::number(expectedSeq)));
            if (entry.prevHash != previousHash)
                return fail(entry.seq, u"%1 does not follow entry %2: the previous hash it records is not entry "
                                       u"%2's hash, so entry %2 was rewritten or an entry between them was removed "
                                       u"or inserted"_s.arg(describe(entry), QString::number(entry.seq - 1)));
            if (AuditLog::entryHash(entry) != entry.hash)
                return fail(entry.seq, u"%1 was changed after it was written: its contents do not match its hash"_s.arg(
                                           describe(entry)));
            const QJsonObject details = entry.detailsObject();
            if (entry.entity == "case"_L1 && details.contains(u"sha256"_s))
                cases.insert(entry.entityRef, {entry.seq, details.value(u"sha256"_s).toString()});
            else if (entry.entity == "review"_L1 && details.contains(u"state"_s))
                reviews.insert(entry.entityRef, {entry.seq, details.value(u"state"_s).toString()});
            previousHash = entry.hash;
            ++expectedSeq;
            ++result.entries;
        }
        if (rows < batch)
            break;
    }

    QSqlQuery head(m_database.connection());
    if (!head.exec(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s) || !head.next())
        return m_database.failure(head, u"reading the audit head"_s);
    const qint64 headSeq = head.value(0).toLongLong();
    if (headSeq != result.entries || head.value(1).toString() != previousHash)
        return fail(
            result.entries + 1,
            headSeq > result.entries
                ? u"the audit trail ends at entry %1 but its head records entry %2: entries %3 to %2 were "
                  u"removed"_s.arg(QString::number(result.entries), QString::number(headSeq),
                                   QString::number(result.entries + 1))
                : u"the audit head (entry %1) does not match the trail's last entry (entry %2): the head or "
                  u"the last entry was changed"_s.arg(QString::number(headSeq), QString::number(result.entries)));
    head.finish();

    std::optional<std::pair<qint64, QString>> mismatch; // entry (0: none to name), problem
    const AuditLog audit(m_database);
    const CaseRepository caseRepository(m_database, audit);
    if (auto failed = caseRepository.forEach([&](const StoredCase& stored) {
            ++result.cases;
            const QString actual = CaseRepository::sha256(stored.document);
            const Recorded recorded = cases.value(stored.ref);
            if (recorded.seq == 0) {
                mismatch = {0, u"case %1 (\"%2\") has no audit entry: it was written outside SpineReview"_s.arg(
                                   QString::number(stored.ref), stored.caseId)};
            } else if (actual != stored.documentSha256 || actual != recorded.digest) {
                mismatch = {recorded.seq,
                            u"case %1 (\"%2\") differs from what audit entry %3 recorded: its document was changed "
                            u"outside SpineReview"_s.arg(QString::number(stored.ref), stored.caseId,
                                                         QString::number(recorded.seq))};
            }
            return !mismatch;
        }))
        return *failed;
    if (mismatch)
        return fail(mismatch->first ? std::optional<qint64>(mismatch->first) : std::nullopt, mismatch->second);

    const ReviewRepository reviewRepository(m_database, audit);
    if (auto failed = reviewRepository.forEach([&](const Review& review) {
            ++result.reviews;
            const Recorded recorded = reviews.value(review.ref);
            if (recorded.seq == 0)
                mismatch = {0, u"review %1 has no audit entry: it was written outside SpineReview"_s.arg(review.ref)};
            else if (review.stateDigest() != recorded.digest)
                mismatch = {recorded.seq,
                            u"review %1 differs from what its last audited save, entry %2, recorded: it was changed "
                            u"outside SpineReview"_s.arg(QString::number(review.ref), QString::number(recorded.seq))};
            return !mismatch;
        }))
        return *failed;
    if (mismatch)
        return fail(mismatch->first ? std::optional<qint64>(mismatch->first) : std::nullopt, mismatch->second);
    return result;
}

} // namespace spinereview
