// SPDX-License-Identifier: GPL-3.0-or-later
// A database whose schema was edited by hand and then opened again, on both back ends: what cannot be read or
// saved is refused with the driver's own reason (the table or column it lacks) — not the "Parameter count
// mismatch" Qt's exec() reports after a failed prepare() — and a refused write changes nothing.
#include "storage/auditverifier.h"
#include "storage/dashboardrepository.h"
#include "storage/draftrepository.h"
#include "storage/worklistrepository.h"
#include "storagefixture.h"

#include <QSqlQuery>
#include <QTest>

#include <tuple>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

bool onSqlite()
{
    return TestDatabase::currentBackend() == DatabaseBackend::Sqlite;
}

QString missingTable(const QString& table)
{
    return onSqlite() ? u"no such table: %1"_s.arg(table) : u"relation \"%1\" does not exist"_s.arg(table);
}

// Empty when `error` is the statement's failure as Database::failure words it — what was being done, then the
// driver's reason; otherwise what is wrong with it.
QString misreported(const StorageError& error, const QString& doing, const QString& cause)
{
    if (error.message.contains("Parameter count mismatch"_L1))
        return u"the cause was lost: "_s + error.message;
    if (!error.message.startsWith(doing + " failed in "_L1) || !error.message.contains(cause))
        return u"expected \"%1 failed in …: …%2…\", got: %3"_s.arg(doing, cause, error.message);
    // Neither a missing table nor a missing column is damage SQLite's page checks see, nor a lost connection.
    if (error.kind != StorageError::Kind::Failed)
        return u"expected the kind Failed: "_s + error.message;
    return {};
}

template <typename T> QString messageOf(const StorageResult<T>& result)
{
    return result.ok() ? u"it succeeded"_s : result.error().message;
}

} // namespace

class TestDamagedDatabase : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;
    StoredCase m_case;
    Review m_review;
    Actor m_nurse;
    // The database as opened again after the edit.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;

    // Edits the schema through the test's own connection, as someone with a database tool would, and opens the
    // database again: an open SQLite connection prepares against the schema it has cached and meets the edit only
    // when the statement runs, so only a new connection fails in prepare(). Empty on success, or why not.
    QString editAndReopen(const QString& statement)
    {
        m_fixture->close();
        QString why;
        if (!m_fixture->place().exec(statement, &why))
            return u"%1: %2"_s.arg(statement, why);
        StorageResult<std::unique_ptr<Database>> opened = Database::open(m_fixture->place().location());
        if (!opened.ok())
            return u"the edited database did not open: "_s + opened.error().message;
        m_database = opened.take();
        m_audit = std::make_unique<AuditLog>(*m_database);
        return {};
    }

    qint64 auditHead() const { return m_fixture->place().scalar(u"SELECT seq FROM audit_head"_s).toLongLong(); }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_nurse = m_fixture->addReviewer(u"Nurse Ada"_s, ReviewerRole::NurseReviewer);
        std::tie(m_case, m_review) =
            m_fixture->importWithReview(StorageFixture::caseDocument({u"seed"_s, {}, {}, {}, {}}));
        QVERIFY(m_review.ref > 0);
    }

    void cleanup()
    {
        m_audit.reset();
        m_database.reset();
        m_fixture.reset();
    }

    void readingNamesTheMissingTable()
    {
        const QString edited = editAndReopen(u"ALTER TABLE review_components RENAME TO rc_old"_s);
        QVERIFY2(edited.isEmpty(), qPrintable(edited));

        const StorageResult<Review> found = ReviewRepository(*m_database, *m_audit).find(m_review.ref);
        QVERIFY(!found.ok());
        const QString review =
            misreported(found.error(), u"reading review decisions"_s, missingTable(u"review_components"_s));
        QVERIFY2(review.isEmpty(), qPrintable(review));

        const StorageResult<QList<DeterminationCount>> counted =
            DashboardRepository(*m_database)
                .determinations(QDate(2025, 1, 1), QDate(2027, 1, 1), DashboardRepository::Period::Month);
        QVERIFY(!counted.ok());
        const QString dashboard =
            misreported(counted.error(), u"counting determinations"_s, missingTable(u"review_components"_s));
        QVERIFY2(dashboard.isEmpty(), qPrintable(dashboard));
    }

    void worklistNamesTheMissingTable()
    {
        // The count reads reviews alone and succeeds; the rows join the reviewers.
        const QString edited = editAndReopen(u"ALTER TABLE reviewers RENAME TO staff"_s);
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        const StorageResult<WorklistPage> page = WorklistRepository(*m_database).page({});
        QVERIFY(!page.ok());
        const QString problem = misreported(page.error(), u"reading the worklist"_s, missingTable(u"reviewers"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void renamedColumnIsNamed()
    {
        const QString edited = editAndReopen(u"ALTER TABLE drafts RENAME COLUMN review_state TO state_kept"_s);
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        const DraftRepository drafts(*m_database);

        Draft draft;
        draft.owner = u"Nurse Ada"_s;
        draft.caseRef = m_case.ref;
        draft.document = m_case.document;
        draft.reviewState = "{}";
        const StorageResult<Draft> saved = drafts.save(draft);
        QVERIFY(!saved.ok());
        const QString save =
            misreported(saved.error(), u"saving the draft of Nurse Ada"_s,
                        onSqlite() ? u"table drafts has no column named review_state"_s
                                   : u"column \"review_state\" of relation \"drafts\" does not exist"_s);
        QVERIFY2(save.isEmpty(), qPrintable(save));

        const StorageResult<QList<Draft>> listed = drafts.all();
        QVERIFY(!listed.ok());
        const QString read =
            misreported(listed.error(), u"reading drafts"_s,
                        onSqlite() ? u"no such column: review_state"_s : u"column \"review_state\" does not exist"_s);
        QVERIFY2(read.isEmpty(), qPrintable(read));
        QCOMPARE(m_fixture->place().scalar(u"SELECT count(*) FROM drafts"_s).toInt(), 0);
    }

    void refusedCaseSaveChangesNothing()
    {
        // Only a save reads or writes the earlier revisions: the case itself still reads.
        const QString edited = editAndReopen(u"ALTER TABLE case_revisions RENAME TO revisions_old"_s);
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        const qint64 headBefore = auditHead();
        const CaseRepository cases(*m_database, *m_audit);

        const QByteArray document = StorageFixture::caseDocument({u"seed"_s, {}, u"Acme Care"_s, {}, {}});
        const StorageResult<StoredCase> saved =
            cases.saveDocument(m_case.ref, document, m_case.rowVersion, StorageFixture::importer());
        QVERIFY(!saved.ok());
        const QString problem =
            misreported(saved.error(), u"keeping revision 1 of case \"seed\""_s, missingTable(u"case_revisions"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const StorageResult<StoredCase> found = cases.find(m_case.ref);
        QVERIFY2(found.ok(), qPrintable(messageOf(found)));
        QCOMPARE(found.value().document, m_case.document);
        QCOMPARE(found.value().rowVersion, m_case.rowVersion);
        QCOMPARE(found.value().payer, m_case.payer);
        QCOMPARE(auditHead(), headBefore);
    }

    void refusedReviewSaveChangesNothing()
    {
        // Nothing a save reads is in the audit trail, so the save gets as far as its audit entry.
        const QString edited = editAndReopen(u"ALTER TABLE audit_log RENAME TO audit_log_old"_s);
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        const qint64 headBefore = auditHead();
        const ReviewRepository reviews(*m_database, *m_audit);

        Review changed = m_review;
        changed.status = ReviewStatus::InReview;
        changed.notes.append({u"fusion.instability"_s, std::nullopt, u"flexion views requested"_s});
        const StorageResult<Review> saved = reviews.save(changed, m_nurse);
        QVERIFY(!saved.ok());
        const QString problem =
            misreported(saved.error(), u"appending audit entry %1"_s.arg(headBefore + 1), missingTable(u"audit_log"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        QCOMPARE(auditHead(), headBefore);
        QCOMPARE(m_fixture->place().scalar(u"SELECT count(*) FROM criterion_notes"_s).toInt(), 0);
        // Put back as it was, the review and the audit trail are what they were before the refused save.
        QVERIFY(m_fixture->place().exec(u"ALTER TABLE audit_log_old RENAME TO audit_log"_s));
        const StorageResult<Review> found = reviews.find(m_review.ref);
        QVERIFY2(found.ok(), qPrintable(messageOf(found)));
        QCOMPARE(found.value().rowVersion, m_review.rowVersion);
        QCOMPARE(found.value().status, ReviewStatus::Draft);
        QCOMPARE(found.value().stateDigest(), m_review.stateDigest());
        const StorageResult<AuditVerification> verified = AuditVerifier(*m_database).verify();
        QVERIFY2(verified.ok(), qPrintable(messageOf(verified)));
        QVERIFY2(verified.value().ok(), qPrintable(verified.value().problem));
        QCOMPARE(verified.value().entries, headBefore);
    }

    void lostConnectionIsNamed()
    {
        if (TestDatabase::currentBackend() != DatabaseBackend::Postgresql)
            return; // an SQLite file has no connection to lose
        // PostgreSQL prepares on the server: the first statement after the loss fails in prepare().
        QSqlQuery backend(m_fixture->database().connection());
        QVERIFY(backend.exec(u"SELECT pg_backend_pid()"_s) && backend.next());
        const qint64 pid = backend.value(0).toLongLong();
        backend.finish();
        QVERIFY(m_fixture->place().exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)));
        QTRY_COMPARE(
            m_fixture->place().scalar(u"SELECT count(*) FROM pg_stat_activity WHERE pid = %1"_s.arg(pid)).toInt(), 0);

        const StorageResult<StoredCase> found = m_fixture->cases().find(m_case.ref);
        QVERIFY(!found.ok());
        const QString& message = found.error().message;
        // What libpq says depends on how much of the server's goodbye it read before the socket closed; either
        // way it is the prepare's error, not the EXECUTE Qt sends after a failed prepare.
        QVERIFY2(message.startsWith("reading cases failed in "_L1), qPrintable(message));
        QVERIFY2(message.contains("Unable to prepare statement"_L1), qPrintable(message));
        QVERIFY2(!message.contains("Parameter count mismatch"_L1) && !message.contains("EXECUTE"_L1),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestDamagedDatabase)
#include "tst_damageddatabase.moc"
