// SPDX-License-Identifier: GPL-3.0-or-later
// Stored case files on both back ends: kept byte for byte with their worklist fields, never replaced by a
// different file under the same caseId, saved over with the earlier document kept, audited.
#include "storage/transaction.h"
#include "storagefixture.h"

#include <QFile>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestCaseRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    }

    void cleanup() { m_fixture.reset(); }

    void storesTheFileAsWritten()
    {
        // Unknown fields, nulls, odd spacing, escapes and non-ASCII text: all kept, byte for byte.
        QByteArray document = readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/extra-fields.json"));
        document.replace("\"intakeBatch\": 42", "\"intakeBatch\"  :\t42 ,\"x-remark\": \"Zoë \\u00e9 \\\" ok\"");
        StorageResult<CaseRepository::Import> imported =
            m_fixture->cases().import(document, u"extra-fields.json"_s, StorageFixture::importer());
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported.value().outcome, CaseRepository::ImportOutcome::Added);
        StorageResult<StoredCase> found = m_fixture->cases().find(imported.value().stored.ref);
        QVERIFY(found.ok());
        QCOMPARE(found.value().document, document);
        QCOMPARE(found.value().documentSha256, CaseRepository::sha256(document));
        QCOMPARE(found.value().rowVersion, 1);
    }

    void indexesTheWorklistFields()
    {
        const QByteArray document =
            readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/degenerative-l4l5-grade1-slip.json"));
        StorageResult<CaseRepository::Import> imported =
            m_fixture->cases().import(document, u"slip.json"_s, StorageFixture::importer());
        QVERIFY(imported.ok());
        const StoredCase& stored = imported.value().stored;
        QCOMPARE(stored.caseId, u"degenerative-l4l5-grade1-slip"_s);
        QCOMPARE(stored.payer, std::optional<QString>(u"Example Health Plan"_s));
        QCOMPARE(stored.urgency, std::optional<Urgency>(Urgency::Standard));
        QVERIFY(stored.receivedAt);
        QCOMPARE(*stored.receivedAt, QDateTime(QDate(2025, 9, 29), QTime(18, 5), Qt::UTC));
        // Standard: seven calendar days after receipt.
        QCOMPARE(*stored.dueAt, QDateTime(QDate(2025, 10, 6), QTime(18, 5), Qt::UTC));
        QVERIFY(!stored.levels.isEmpty());

        const QByteArray withPatient = StorageFixture::caseDocument(
            {u"ix-2"_s, u"MRN-77"_s, u"Acme Care"_s, u"expedited"_s, u"2026-02-02T08:00:00.250+01:00"_s});
        StorageResult<CaseRepository::Import> second =
            m_fixture->cases().import(withPatient, u"ix-2"_s, StorageFixture::importer());
        QVERIFY(second.ok());
        QCOMPARE(second.value().stored.patientId, std::optional<QString>(u"MRN-77"_s));
        QCOMPARE(second.value().stored.urgency, std::optional<Urgency>(Urgency::Expedited));
        QCOMPARE(*second.value().stored.dueAt, QDateTime(QDate(2026, 2, 5), QTime(7, 0, 0, 250), Qt::UTC));
        QCOMPARE(m_fixture->place().scalar(u"SELECT patient_key FROM cases WHERE case_id = 'ix-2'"_s).toString(),
                 u"mrn-77"_s);
    }

    void sameFileTwiceIsUnchanged()
    {
        const QByteArray document = StorageFixture::caseDocument({u"twice"_s, {}, {}, {}, {}});
        QVERIFY(m_fixture->cases().import(document, u"a"_s, StorageFixture::importer()).ok());
        StorageResult<CaseRepository::Import> again =
            m_fixture->cases().import(document, u"b"_s, StorageFixture::importer());
        QVERIFY(again.ok());
        QCOMPARE(again.value().outcome, CaseRepository::ImportOutcome::Unchanged);
        QCOMPARE(m_fixture->cases().count().value(), 1);
        QCOMPARE(m_fixture->place().scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 1);
    }

    void unchangedFileKeepsTheCallersTransactionGood()
    {
        const QByteArray known = StorageFixture::caseDocument({u"known"_s, {}, {}, {}, {}});
        QVERIFY(m_fixture->cases().import(known, u"known"_s, StorageFixture::importer()).ok());
        {
            // A batch that meets a file it already has goes on and commits the rest.
            Transaction batch(m_fixture->database());
            QCOMPARE(m_fixture->cases().import(known, u"known"_s, StorageFixture::importer()).value().outcome,
                     CaseRepository::ImportOutcome::Unchanged);
            QVERIFY(m_fixture->cases()
                        .import(StorageFixture::caseDocument({u"new"_s, {}, {}, {}, {}}), u"new"_s,
                                StorageFixture::importer())
                        .ok());
            QVERIFY(!batch.commit());
        }
        QCOMPARE(m_fixture->cases().count().value(), 2);
    }

    void differentFileUnderTheSameCaseIdIsRefused()
    {
        const QByteArray first = StorageFixture::caseDocument({u"same-id"_s, u"MRN-1"_s, {}, {}, {}});
        const QByteArray second = StorageFixture::caseDocument({u"same-id"_s, u"MRN-2"_s, {}, {}, {}});
        QVERIFY(m_fixture->cases().import(first, u"first.json"_s, StorageFixture::importer()).ok());
        StorageResult<CaseRepository::Import> refused =
            m_fixture->cases().import(second, u"second.json"_s, StorageFixture::importer());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        QVERIFY2(refused.error().message.startsWith(u"second.json: caseId: \"same-id\" is already stored"_s),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"it was not replaced"_s));
        StorageResult<std::optional<StoredCase>> kept = m_fixture->cases().findByCaseId(u"same-id"_s);
        QVERIFY(kept.ok() && kept.value());
        QCOMPARE(kept.value()->document, first);
    }

    void invalidFileIsRefusedWithItsPath()
    {
        QByteArray document = StorageFixture::caseDocument({u"bad"_s, {}, {}, {}, {}});
        document.replace("\"levels\": [", "\"levels\": [\"L9-L10\", ");
        StorageResult<CaseRepository::Import> refused =
            m_fixture->cases().import(document, u"bad.json"_s, StorageFixture::importer());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(u"bad.json: request.levels[0]"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(m_fixture->cases().count().value(), 0);
    }

    void savingKeepsTheEarlierDocument()
    {
        const QByteArray first = StorageFixture::caseDocument({u"rev"_s, {}, u"Plan A"_s, {}, {}});
        const QByteArray second =
            StorageFixture::caseDocument({u"rev"_s, {}, u"Plan B"_s, u"expedited"_s, u"2026-01-01T00:00:00Z"_s});
        StorageResult<CaseRepository::Import> imported =
            m_fixture->cases().import(first, u"rev"_s, StorageFixture::importer());
        QVERIFY(imported.ok());
        const qint64 ref = imported.value().stored.ref;
        StorageResult<StoredCase> saved = m_fixture->cases().saveDocument(ref, second, 1, StorageFixture::importer());
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved.value().document, second);
        QCOMPARE(saved.value().rowVersion, 2);
        QCOMPARE(saved.value().payer, std::optional<QString>(u"Plan B"_s));
        QCOMPARE(*saved.value().dueAt, QDateTime(QDate(2026, 1, 4), QTime(0, 0), Qt::UTC));
        StorageResult<QList<CaseRevision>> revisions = m_fixture->cases().revisions(ref);
        QVERIFY(revisions.ok());
        QCOMPARE(revisions.value().size(), 1);
        QCOMPARE(revisions.value().first().document, first);
        QCOMPARE(revisions.value().first().revision, 1);
    }

    void staleSaveIsAConflict()
    {
        StorageResult<CaseRepository::Import> imported = m_fixture->cases().import(
            StorageFixture::caseDocument({u"stale"_s, {}, {}, {}, {}}), u"stale"_s, StorageFixture::importer());
        QVERIFY(imported.ok());
        const qint64 ref = imported.value().stored.ref;
        QVERIFY(m_fixture->cases()
                    .saveDocument(ref, StorageFixture::caseDocument({u"stale"_s, u"P-1"_s, {}, {}, {}}), 1,
                                  StorageFixture::importer())
                    .ok());
        // Someone still holding version 1 saves: refused, and what is stored stays.
        StorageResult<StoredCase> conflict = m_fixture->cases().saveDocument(
            ref, StorageFixture::caseDocument({u"stale"_s, u"P-2"_s, {}, {}, {}}), 1, StorageFixture::importer());
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind, StorageError::Kind::Conflict);
        QVERIFY2(conflict.error().message.contains(u"your version 1, now version 2"_s),
                 qPrintable(conflict.error().message));
        QCOMPARE(m_fixture->cases().find(ref).value().patientId, std::optional<QString>(u"P-1"_s));
    }

    void anotherCaseIdIsAnotherCase()
    {
        StorageResult<CaseRepository::Import> imported = m_fixture->cases().import(
            StorageFixture::caseDocument({u"one"_s, {}, {}, {}, {}}), u"one"_s, StorageFixture::importer());
        QVERIFY(imported.ok());
        StorageResult<StoredCase> refused = m_fixture->cases().saveDocument(
            imported.value().stored.ref, StorageFixture::caseDocument({u"two"_s, {}, {}, {}, {}}), 1,
            StorageFixture::importer());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"a different caseId is a different case"_s));
    }

    void forEachVisitsEveryCaseInBatches()
    {
        // More cases than one batch (500), in one transaction to keep the test quick.
        {
            Transaction transaction(m_fixture->database());
            for (int i = 0; i < 620; ++i) {
                QVERIFY(m_fixture->cases()
                            .import(StorageFixture::caseDocument(
                                        {u"batch-%1"_s.arg(i, 4, 10, QChar(u'0')), {}, {}, {}, {}}),
                                    u"batch"_s, StorageFixture::importer())
                            .ok());
            }
            QVERIFY(!transaction.commit());
        }
        QStringList seen;
        QVERIFY(!m_fixture->cases().forEach([&seen](const StoredCase& stored) {
            seen.append(stored.caseId);
            return true;
        }));
        QCOMPARE(seen.size(), 620);
        QCOMPARE(seen.first(), u"batch-0000"_s);
        QCOMPARE(seen.last(), u"batch-0619"_s);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 620);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
