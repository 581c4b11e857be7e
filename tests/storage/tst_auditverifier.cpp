// SPDX-License-Identifier: GPL-3.0-or-later
// `audit verify` on both back ends: rows edited by hand — an audit entry, an entry rewritten with a fresh
// hash, a removed entry, a cut-off tail, a review decision or a case file changed around SpineReview — are
// found, and the first broken entry is named.
#include "storage/auditverifier.h"
#include "storagefixture.h"

#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

class TestAuditVerifier : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;
    QList<Review> m_reviews;
    int m_entries = 0;

    AuditVerification verify()
    {
        StorageResult<AuditVerification> verified = AuditVerifier(m_fixture->database()).verify();
        if (!verified.ok())
            qFatal("verify failed to run: %s", qPrintable(verified.error().message));
        return verified.value();
    }

    AuditEntry entry(qint64 seq)
    {
        AuditEntry found;
        found.seq = seq;
        found.at = QDateTime::fromMSecsSinceEpoch(
            m_fixture->place().scalar(u"SELECT at FROM audit_log WHERE seq = ?"_s, {seq}).toLongLong(), Qt::UTC);
        found.actor = m_fixture->place().scalar(u"SELECT actor FROM audit_log WHERE seq = ?"_s, {seq}).toString();
        found.action = m_fixture->place().scalar(u"SELECT action FROM audit_log WHERE seq = ?"_s, {seq}).toString();
        found.entity = m_fixture->place().scalar(u"SELECT entity FROM audit_log WHERE seq = ?"_s, {seq}).toString();
        found.entityRef =
            m_fixture->place().scalar(u"SELECT entity_ref FROM audit_log WHERE seq = ?"_s, {seq}).toLongLong();
        found.details = m_fixture->place().scalar(u"SELECT details FROM audit_log WHERE seq = ?"_s, {seq}).toString();
        found.prevHash =
            m_fixture->place().scalar(u"SELECT prev_hash FROM audit_log WHERE seq = ?"_s, {seq}).toString();
        return found;
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        const Actor nurse = m_fixture->addReviewer(u"Nurse Ada"_s, ReviewerRole::NurseReviewer);
        m_reviews.clear();
        for (int i = 0; i < 3; ++i)
            m_reviews.append(
                m_fixture->importWithReview(StorageFixture::caseDocument({u"audit-%1"_s.arg(i), {}, {}, {}, {}}))
                    .second);
        Review changed = m_reviews[1];
        changed.status = ReviewStatus::InReview;
        changed.component(Component::Fusion)->decision = Status::Met;
        changed.component(Component::Fusion)->reason = u"films"_s;
        m_reviews[1] = m_fixture->reviews().save(changed, nurse).value();
        // reviewer.add, 3 × (case.import, review.create), override, status, save.
        m_entries = m_fixture->place().scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
        QCOMPARE(m_entries, 10);
    }

    void cleanup() { m_fixture.reset(); }

    void intactTrail()
    {
        const AuditVerification result = verify();
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QCOMPARE(result.entries, m_entries);
        QCOMPARE(result.cases, 3);
        QCOMPARE(result.reviews, 3);
        QVERIFY(!result.brokenEntry);
    }

    void editedEntryIsNamed()
    {
        QVERIFY(m_fixture->place().exec(
            u"UPDATE audit_log SET details = replace(details, 'films', 'no films') WHERE seq = 8"_s));
        QVERIFY(entry(8).details.contains(u"no films"_s));
        const AuditVerification result = verify();
        QVERIFY(!result.ok());
        QCOMPARE(result.brokenEntry, std::optional<qint64>(8));
        QVERIFY2(result.problem.startsWith(
                     u"audit entry 8 (review.override of review %1 by Nurse Ada at "_s.arg(m_reviews[1].ref)),
                 qPrintable(result.problem));
        QVERIFY(result.problem.contains(u"was changed after it was written"_s));
    }

    void editedActorIsNamed()
    {
        QVERIFY(m_fixture->place().exec(u"UPDATE audit_log SET actor = 'Dr. Nobody' WHERE seq = 3"_s));
        const AuditVerification result = verify();
        QCOMPARE(result.brokenEntry, std::optional<qint64>(3));
    }

    void rewrittenEntryWithAFreshHashBreaksTheNextLink()
    {
        AuditEntry forged = entry(5);
        forged.details.replace(u"incomplete"_s, u"met"_s);
        QVERIFY(m_fixture->place().exec(u"UPDATE audit_log SET details = ?, hash = ? WHERE seq = 5"_s, nullptr,
                                        {forged.details, AuditLog::entryHash(forged)}));
        const AuditVerification result = verify();
        QCOMPARE(result.brokenEntry, std::optional<qint64>(6));
        QVERIFY2(result.problem.contains(u"audit entry 6"_s) && result.problem.contains(u"does not follow entry 5"_s),
                 qPrintable(result.problem));
    }

    void removedEntryIsNamed()
    {
        QVERIFY(m_fixture->place().exec(u"DELETE FROM audit_log WHERE seq = 4"_s));
        const AuditVerification result = verify();
        QCOMPARE(result.brokenEntry, std::optional<qint64>(5));
        QVERIFY2(result.problem.contains(u"the entries before it, from entry 4, are missing"_s),
                 qPrintable(result.problem));
    }

    void cutOffTailIsFound()
    {
        QVERIFY(m_fixture->place().exec(u"DELETE FROM audit_log WHERE seq > 7"_s));
        const AuditVerification result = verify();
        QVERIFY(!result.ok());
        QCOMPARE(result.brokenEntry, std::optional<qint64>(8));
        QVERIFY2(
            result.problem.contains(u"ends at entry 7 but its head records entry 10: entries 8 to 10 were removed"_s),
            qPrintable(result.problem));
    }

    void decisionChangedAroundSpineReviewIsFound()
    {
        QVERIFY(m_fixture->place().exec(u"UPDATE review_components SET decision = 'not_met', reason = 'edited' "
                                        u"WHERE review_ref = ? AND component = 'fusion'"_s,
                                        nullptr, {m_reviews[1].ref}));
        const AuditVerification result = verify();
        QVERIFY(!result.ok());
        QCOMPARE(result.brokenEntry, std::optional<qint64>(10));
        QVERIFY2(result.problem.contains(
                     u"review %1 differs from what its last audited save, entry 10, recorded"_s.arg(m_reviews[1].ref)),
                 qPrintable(result.problem));
    }

    void caseFileChangedAroundSpineReviewIsFound()
    {
        const StoredCase stored = m_fixture->cases().find(m_reviews[2].caseRef).value();
        QByteArray edited = stored.document;
        edited.replace("\"painScore\": 8", "\"painScore\": 3");
        QVERIFY(edited != stored.document);
        QVERIFY(
            m_fixture->place().exec(u"UPDATE cases SET document = ? WHERE id = ?"_s, nullptr, {edited, stored.ref}));
        const AuditVerification result = verify();
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(u"case %1 (\"audit-2\") differs from what audit entry"_s.arg(stored.ref)),
                 qPrintable(result.problem));
    }

    void reviewWrittenOutsideHasNoEntry()
    {
        QVERIFY(m_fixture->place().exec(
            u"INSERT INTO reviews (case_ref, criteria_id, criteria_version, criteria_sha256, engine_version, "
            u"review_date, status, created_at, updated_at, updated_by) "
            u"VALUES (?, 'reference', '1', 'x', '0', '2026-01-01', 'draft', 0, 0, 'someone')"_s,
            nullptr, {m_reviews[0].caseRef}));
        const AuditVerification result = verify();
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(u"has no audit entry: it was written outside SpineReview"_s),
                 qPrintable(result.problem));
    }
};

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"
