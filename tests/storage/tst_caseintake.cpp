// SPDX-License-Identifier: GPL-3.0-or-later
// Case files into the worklist on both back ends: each checked, evaluated and stored with its first draft
// review in one transaction; the same file again changes nothing; a bad or unreadable file stores nothing and
// says which file, where and why.
#include "core/engine/evaluator.h"
#include "storage/caseintake.h"
#include "storagefixture.h"

#include <QFile>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 2, 3);

QString testCase(const QString& name)
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/") + name;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCaseIntake : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;
    std::unique_ptr<CaseIntake> m_intake;

    qint64 rows(const QString& table) const
    {
        return m_fixture->place().scalar(u"SELECT count(*) FROM "_s + table).toLongLong();
    }

    void verifyNothingStored() const
    {
        QCOMPARE(rows(u"cases"_s), 0);
        QCOMPARE(rows(u"reviews"_s), 0);
        QCOMPARE(rows(u"review_components"_s), 0);
        QCOMPARE(rows(u"audit_log"_s), 0);
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_intake = std::make_unique<CaseIntake>(m_fixture->database(), m_fixture->audit());
    }

    void cleanup()
    {
        m_intake.reset();
        m_fixture.reset();
    }

    void caseAndDraftReview()
    {
        const QString path = testCase(u"degenerative-l4l5-grade1-slip.json"_s);
        StorageResult<IntakeOutcome> imported =
            m_intake->importFile(path, StorageFixture::referenceSet(), today, StorageFixture::importer());
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const IntakeOutcome& outcome = imported.value();
        QVERIFY(!outcome.unchanged);
        QVERIFY(outcome.review);
        QCOMPARE(outcome.stored.caseId, u"degenerative-l4l5-grade1-slip"_s);
        QCOMPARE(outcome.stored.document, readFile(path));

        // The review carries the engine's determinations of the case, as of the case's own review date.
        const Review& review = *outcome.review;
        QCOMPARE(review.caseRef, outcome.stored.ref);
        QCOMPARE(review.status, ReviewStatus::Draft);
        QCOMPARE(review.reviewDate, QDate(2025, 10, 6));
        const EvaluationResult expected = Evaluator::evaluate(CaseRepository::parse(readFile(path), path).value(),
                                                              StorageFixture::referenceSet(), QDate(2025, 10, 6));
        QVERIFY(review.matchesCriteria(expected));
        QCOMPARE(review.components.size(), qsizetype(expected.components.size()));
        for (qsizetype i = 0; i < review.components.size(); ++i) {
            QCOMPARE(review.components[i].component, expected.components[size_t(i)].component);
            QCOMPARE(review.components[i].engineStatus, expected.components[size_t(i)].status);
            QVERIFY(!review.components[i].decision);
        }
        QCOMPARE(m_fixture->reviews().find(review.ref).value().stateDigest(), review.stateDigest());
        const StorageResult<QList<AuditEntry>> caseEntries =
            m_fixture->audit().entriesFor("case"_L1, outcome.stored.ref);
        QCOMPARE(caseEntries.value().size(), 1);
        QCOMPARE(caseEntries.value().first().actor, StorageFixture::importer().name);
    }

    void withoutReviewDateTheCaseIsEvaluatedAsOfToday()
    {
        StorageResult<IntakeOutcome> imported =
            m_intake->importFile(testCase(u"minimal-required-only.json"_s), StorageFixture::referenceSet(), today,
                                 StorageFixture::importer());
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported.value().review->reviewDate, today);
    }

    void sameFileAgainIsUnchanged()
    {
        const QString path = testCase(u"seed-l5s1-revision.json"_s);
        const IntakeOutcome first =
            m_intake->importFile(path, StorageFixture::referenceSet(), today, StorageFixture::importer()).value();
        const qint64 entries = rows(u"audit_log"_s);
        StorageResult<IntakeOutcome> again =
            m_intake->importFile(path, StorageFixture::referenceSet(), today, StorageFixture::importer());
        QVERIFY(again.ok());
        QVERIFY(again.value().unchanged);
        QVERIFY(!again.value().review);
        QCOMPARE(again.value().stored.ref, first.stored.ref);
        QCOMPARE(rows(u"reviews"_s), 1);
        QCOMPARE(rows(u"audit_log"_s), entries);

        // The same caseId with other contents is refused, naming the file and the case kept.
        QByteArray changed = readFile(path);
        changed.replace("\"painScore\": 8", "\"painScore\": 4");
        StorageResult<IntakeOutcome> refused = m_intake->importDocument(
            changed, u"changed.json"_s, StorageFixture::referenceSet(), today, StorageFixture::importer());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        QVERIFY2(
            refused.error().message.startsWith(u"changed.json: caseId: \"seed-l5s1-revision\" is already stored"_s),
            qPrintable(refused.error().message));
        QCOMPARE(rows(u"reviews"_s), 1);
    }

    void invalidFileStoresNothing()
    {
        const QString path = QStringLiteral(SPINEREVIEW_TEST_DATA "/bad/unknown-level.json");
        StorageResult<IntakeOutcome> refused =
            m_intake->importFile(path, StorageFixture::referenceSet(), today, StorageFixture::importer());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        // One line per problem: the file, the JSON path, what is wrong.
        const QStringList lines = refused.error().message.split(u'\n');
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines)
            QVERIFY2(line.startsWith(path + u": "_s), qPrintable(line));
        QVERIFY2(refused.error().message.contains(path + u": request.levels[1]: "_s),
                 qPrintable(refused.error().message));
        verifyNothingStored();

        StorageResult<IntakeOutcome> notJson = m_intake->importDocument(
            "{\"format\": ", u"typed.json"_s, StorageFixture::referenceSet(), today, StorageFixture::importer());
        QVERIFY(!notJson.ok());
        QCOMPARE(notJson.error().kind, StorageError::Kind::Invalid);
        QVERIFY2(notJson.error().message.startsWith(u"typed.json: "_s), qPrintable(notJson.error().message));
        verifyNothingStored();
    }

    void unreadablePathStoresNothing()
    {
        const QString path = m_fixture->place().folder() + u"/no such case.json"_s;
        StorageResult<IntakeOutcome> refused =
            m_intake->importFile(path, StorageFixture::referenceSet(), today, StorageFixture::importer());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        QVERIFY2(refused.error().message.startsWith(path + u": cannot read: "_s), qPrintable(refused.error().message));
        verifyNothingStored();
    }

    void caseAndReviewOrNeither()
    {
        // A review that cannot be stored takes its case with it.
        QVERIFY(m_fixture->place().exec(u"DROP TABLE review_components"_s));
        m_fixture->place().disconnect();
        StorageResult<IntakeOutcome> failed = m_intake->importFile(
            testCase(u"seed-l5s1-revision.json"_s), StorageFixture::referenceSet(), today, StorageFixture::importer());
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().kind != StorageError::Kind::Invalid);
        QCOMPARE(rows(u"cases"_s), 0);
        QCOMPARE(rows(u"reviews"_s), 0);
        QCOMPARE(rows(u"audit_log"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseIntake)
#include "tst_caseintake.moc"
