// SPDX-License-Identifier: GPL-3.0-or-later
// Backups and restores on both back ends: a checked, private (0600) SQLite file; a restore that brings every
// row back in one transaction, keeps the database it replaces (SQLite) or goes only into an empty one
// (PostgreSQL), and refuses a damaged backup without touching anything.
#include "storage/auditverifier.h"
#include "storage/databasebackup.h"
#include "storage/draftrepository.h"
#include "storage/migrator.h"
#include "storagefixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

int mode(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestDatabaseBackup : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;
    QTemporaryDir m_folder;
    QList<Review> m_reviews;

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        const Actor nurse = m_fixture->addReviewer(u"Nurse Ada"_s, ReviewerRole::NurseReviewer);
        m_reviews.clear();
        for (int i = 0; i < 4; ++i)
            m_reviews.append(m_fixture
                                 ->importWithReview(StorageFixture::caseDocument(
                                     {u"backup-%1"_s.arg(i), u"P-%1"_s.arg(i), {}, {}, {}}))
                                 .second);
        Review changed = m_reviews[0];
        changed.status = ReviewStatus::InReview;
        changed.notes = {{u"fusion.instability"_s, Level::L5S1, u"kept across the backup"_s}};
        m_reviews[0] = m_fixture->reviews().save(changed, nurse).value();
        Draft draft;
        draft.owner = u"Nurse Ada"_s;
        draft.caseRef = m_reviews[1].caseRef;
        draft.reviewRef = m_reviews[1].ref;
        draft.document = "{\"caseId\": \"backup-1\"}";
        draft.reviewState = "\xff\xfe unsaved";
        QVERIFY(DraftRepository(m_fixture->database()).save(draft).ok());
    }

    void cleanup() { m_fixture.reset(); }

    void backupIsAPrivateCheckedCopy()
    {
        const QString path = m_folder.filePath(u"backup-%1.sqlite"_s.arg(TestDatabase::currentTag()));
        QVERIFY2(!DatabaseBackup(m_fixture->database()).backup(path), "backup failed");
        QCOMPARE(mode(path), 0600);
        QVERIFY(!DatabaseBackup::checkBackupFile(path, Migrator(u":/sql"_s).latestVersion()));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));

        // Open the backup as a database of its own: the same cases, reviews and audit trail.
        StorageResult<std::unique_ptr<Database>> copy = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY(copy.ok());
        const AuditLog audit(*copy.value());
        const ReviewRepository reviews(*copy.value(), audit);
        const Review restored = reviews.find(m_reviews[0].ref).value();
        QCOMPARE(restored.stateDigest(), m_reviews[0].stateDigest());
        QCOMPARE(CaseRepository(*copy.value(), audit).count().value(), 4);
        StorageResult<AuditVerification> verified = AuditVerifier(*copy.value()).verify();
        QVERIFY2(verified.value().ok(), qPrintable(verified.value().problem));
    }

    void backupNeverOverwrites()
    {
        const QString path = m_folder.filePath(u"existing-%1.sqlite"_s.arg(TestDatabase::currentTag()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an earlier backup, or anything else");
        file.close();
        const QByteArray before = fileHash(path);
        const StorageStatus refused = DatabaseBackup(m_fixture->database()).backup(path);
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(u"already exists"_s), qPrintable(refused->message));
        QCOMPARE(fileHash(path), before);
    }

    void restoreBringsEverythingBack()
    {
        const QString path = m_folder.filePath(u"restore-%1.sqlite"_s.arg(TestDatabase::currentTag()));
        QVERIFY(!DatabaseBackup(m_fixture->database()).backup(path));
        const QString headBefore = m_fixture->place().scalar(u"SELECT hash FROM audit_head"_s).toString();

        // The restore goes into a new database on the same back end.
        StorageFixture target(TestDatabase::currentBackend());
        QVERIFY2(target.isValid(), qPrintable(target.error()));
        if (TestDatabase::currentBackend() == DatabaseBackend::Sqlite) {
            // With a draft of the case it replaces: the restore empties the drafts before the cases.
            const auto [replaced, review] =
                target.importWithReview(StorageFixture::caseDocument({u"replaced"_s, {}, {}, {}, {}}));
            Draft draft;
            draft.owner = u"Dr. Brook"_s;
            draft.caseRef = replaced.ref;
            draft.reviewRef = review.ref;
            draft.document = replaced.document;
            QVERIFY(DraftRepository(target.database()).save(draft).ok());
        }
        StorageResult<RestoreReport> report = DatabaseBackup(target.database()).restore(path);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report.value().cases, 4);
        QCOMPARE(report.value().reviews, 4);
        QCOMPARE(report.value().reviewers, 1);

        QCOMPARE(target.reviews().find(m_reviews[0].ref).value().stateDigest(), m_reviews[0].stateDigest());
        QVERIFY(!target.cases().findByCaseId(u"replaced"_s).value());
        // Drafts come back with the rest, byte for byte.
        const QList<Draft> drafts = DraftRepository(target.database()).all().value();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().owner, u"Nurse Ada"_s);
        QCOMPARE(drafts.first().reviewRef, std::optional<qint64>(m_reviews[1].ref));
        QCOMPARE(drafts.first().reviewState, QByteArray("\xff\xfe unsaved"));
        Draft later = drafts.first();
        later.ref = 0;
        QVERIFY(DraftRepository(target.database()).save(later).value().ref > drafts.first().ref);
        // The chain goes on from the backup's last entry, with the restore recorded.
        const StorageResult<QList<AuditEntry>> restoreEntries = target.audit().entriesFor("database"_L1, 0);
        QCOMPARE(restoreEntries.value().size(), 1);
        QCOMPARE(restoreEntries.value().first().prevHash, headBefore);
        StorageResult<AuditVerification> verified = AuditVerifier(target.database()).verify();
        QVERIFY2(verified.value().ok(), qPrintable(verified.value().problem));
        // New rows get new ids after the restored ones.
        const auto [stored, review] =
            target.importWithReview(StorageFixture::caseDocument({u"after-restore"_s, {}, {}, {}, {}}));
        QVERIFY(review.ref > m_reviews.last().ref);

        if (TestDatabase::currentBackend() == DatabaseBackend::Sqlite) {
            // The database as it was is kept, privately.
            QVERIFY(QFileInfo::exists(report.value().safetyCopy));
            QCOMPARE(mode(report.value().safetyCopy), 0600);
            StorageResult<std::unique_ptr<Database>> before =
                Database::open(DatabaseLocation::sqlite(report.value().safetyCopy));
            QVERIFY(before.ok());
            const AuditLog audit(*before.value());
            QVERIFY(CaseRepository(*before.value(), audit).findByCaseId(u"replaced"_s).value());
        }
    }

    void postgresIsRestoredOnlyWhileEmpty()
    {
        if (TestDatabase::currentBackend() != DatabaseBackend::Postgresql)
            return; // SQLite keeps a safety copy instead (restoreBringsEverythingBack)
        const QString path = m_folder.filePath(u"nonempty.sqlite"_s);
        QVERIFY(!DatabaseBackup(m_fixture->database()).backup(path));
        StorageResult<RestoreReport> refused = DatabaseBackup(m_fixture->database()).restore(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"restored into only while it is empty"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(m_fixture->cases().count().value(), 4);
    }

    void damagedBackupIsRefused()
    {
        const QString path = m_folder.filePath(u"damaged-%1.sqlite"_s.arg(TestDatabase::currentTag()));
        QVERIFY(!DatabaseBackup(m_fixture->database()).backup(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        const QString headBefore = m_fixture->place().scalar(u"SELECT hash FROM audit_head"_s).toString();
        StorageResult<RestoreReport> refused = DatabaseBackup(m_fixture->database()).restore(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Corrupt);
        QVERIFY2(refused.error().message.startsWith(u"cannot restore from this backup: "_s),
                 qPrintable(refused.error().message));
        QCOMPARE(m_fixture->cases().count().value(), 4);
        QCOMPARE(m_fixture->place().scalar(u"SELECT hash FROM audit_head"_s).toString(), headBefore);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "tst_databasebackup.moc"
