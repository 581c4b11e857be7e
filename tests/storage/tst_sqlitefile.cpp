// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite file as a file: created readable by its owner only, in write-ahead-log mode with foreign keys on;
// a damaged file, another program's file and a file from a newer SpineReview are refused with a clear message
// and left byte for byte as they were.
#include "storage/migrator.h"
#include "storagefixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTest>

#include <sys/stat.h>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The permission bits as the system stores them (QFile's view adds the owner's effective rights).
int mode(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

int latestVersion()
{
    return Migrator(u":/sql"_s).latestVersion();
}

} // namespace

class TestSqliteFile : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsReadableByItsOwnerOnly()
    {
        StorageFixture fixture(DatabaseBackend::Sqlite);
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        const QString path = fixture.place().location().path;
        QCOMPARE(mode(path), 0600);
        fixture.importWithReview(StorageFixture::caseDocument({u"mode-1"_s, {}, {}, {}, {}}));
        // SQLite gives its log and shared-memory files the database's own mode.
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
        QCOMPARE(mode(path + u"-wal"_s), 0600);
        QCOMPARE(mode(path + u"-shm"_s), 0600);
    }

    void missingFolderIsCreatedPrivate()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"nested/data/spinereview.sqlite"_s);
        StorageResult<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(mode(path), 0600);
        QCOMPARE(mode(folder.filePath(u"nested/data"_s)), 0700);
    }

    void writeAheadLogAndForeignKeys()
    {
        StorageFixture fixture(DatabaseBackend::Sqlite);
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QSqlQuery query(fixture.database().connection());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
        QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::sqliteApplicationId);
        // A review of a case that does not exist is refused by the database itself.
        QVERIFY(!query.exec(u"INSERT INTO reviews (case_ref, criteria_id, criteria_version, criteria_sha256, "
                            u"engine_version, review_date, status, created_at, updated_at, updated_by) "
                            u"VALUES (999, 'reference', '1', 'x', '0', '2026-01-01', 'draft', 0, 0, 'test')"_s));
        QVERIFY2(query.lastError().text().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive),
                 qPrintable(query.lastError().text()));
    }

    void emptyFileBecomesADatabase()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"empty.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        StorageResult<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), latestVersion());
    }

    void notSqliteIsRefusedUnchanged()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"reviews.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 37 + 11) % 251));
        file.write(garbage);
        file.close();
        const QByteArray before = fileHash(path);

        StorageResult<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, StorageError::Kind::Corrupt);
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(u"not an SQLite database"_s));
        QVERIFY(opened.error().message.contains(u"left exactly as it is"_s));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    void damagedPageIsRefusedUnchanged()
    {
        QString path;
        {
            StorageFixture fixture(DatabaseBackend::Sqlite);
            QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
            for (int i = 0; i < 40; ++i)
                fixture.importWithReview(StorageFixture::caseDocument({u"page-%1"_s.arg(i), {}, {}, {}, {}}));
            path = fixture.place().location().path;
            fixture.close(); // checkpoints the log into the file and removes it
            QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pageSize = 4096;
            QVERIFY(file.size() > 8 * pageSize);
            // Page 2 is the root of the first table: a b-tree page header of garbage.
            QVERIFY(file.seek(pageSize));
            file.write(QByteArray(int(pageSize), '\xA5'));
            file.close();
            const QByteArray before = fileHash(path);

            StorageResult<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::sqlite(path));
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind, StorageError::Kind::Corrupt);
            QVERIFY2(opened.error().message.contains(u"is damaged"_s), qPrintable(opened.error().message));
            QVERIFY(opened.error().message.contains(path));
            QCOMPARE(fileHash(path), before);
            // A second attempt finds it just as damaged: nothing was repaired or recreated behind the user's back.
            QVERIFY(!Database::open(DatabaseLocation::sqlite(path)).ok());
            QCOMPARE(fileHash(path), before);
        }
    }

    void newerVersionIsRefusedUnchanged()
    {
        StorageFixture fixture(DatabaseBackend::Sqlite);
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        fixture.importWithReview(StorageFixture::caseDocument({u"newer-1"_s, {}, {}, {}, {}}));
        const QString path = fixture.place().location().path;
        fixture.close();
        QVERIFY(fixture.place().exec(u"UPDATE schema_version SET version = ?"_s, nullptr, {latestVersion() + 1}));
        fixture.place().disconnect();
        const QByteArray before = fileHash(path);

        StorageResult<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, StorageError::Kind::NewerVersion);
        const QString message = opened.error().message;
        QVERIFY2(message.contains(u"newer SpineReview (schema version %1; this version reads versions up to %2)"_s
                                      .arg(latestVersion() + 1)
                                      .arg(latestVersion())),
                 qPrintable(message));
        QVERIFY(message.contains(u"left unchanged"_s));
        QCOMPARE(fileHash(path), before);
    }

    void anotherProgramsFileIsRefused()
    {
        TestDatabase place(DatabaseBackend::Sqlite);
        QVERIFY(place.exec(u"CREATE TABLE songs (title TEXT)"_s));
        place.disconnect();
        const QString path = place.location().path;
        const QByteArray before = fileHash(path);
        StorageResult<std::unique_ptr<Database>> opened = Database::open(place.location());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, StorageError::Kind::NotOurs);
        QVERIFY2(opened.error().message.contains(u"not a SpineReview database: it has tables (songs)"_s),
                 qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);

        QVERIFY(place.exec(u"PRAGMA application_id = 1234"_s));
        QVERIFY(place.exec(u"DROP TABLE songs"_s));
        place.disconnect();
        opened = Database::open(place.location());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"another program (application id 0x4d2)"_s),
                 qPrintable(opened.error().message));
    }

    void folderIsNotADatabase()
    {
        QTemporaryDir folder;
        StorageResult<std::unique_ptr<Database>> opened = Database::open(DatabaseLocation::sqlite(folder.path()));
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(u"is a folder"_s));
    }
};

QTEST_GUILESS_MAIN(TestSqliteFile)
#include "tst_sqlitefile.moc"
