// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a database on both back ends: a new one gets the current schema, an existing one is reopened as it
// is, one from a newer SpineReview or of another program is refused without a write, transactions nest, and
// every thread gets a connection of its own.
#include "storage/auditverifier.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "storagefixture.h"

#include <QSqlError>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

int latestVersion()
{
    return Migrator(u":/sql"_s).latestVersion();
}

QStringList tableNames(const TestDatabase& place)
{
    QStringList names;
    const QString sql = place.location().backend == DatabaseBackend::Sqlite
                            ? u"SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = "
                              u"'table' ORDER BY name)"_s
                            : u"SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
                              u"WHERE table_schema = current_schema()"_s;
    return place.scalar(sql).toString().split(u',', Qt::SkipEmptyParts);
}

} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void newDatabaseHasTheCurrentSchema()
    {
        StorageFixture fixture(TestDatabase::currentBackend());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QCOMPARE(fixture.database().schemaVersion(), latestVersion());
        QCOMPARE(fixture.place().scalar(u"SELECT version FROM schema_version"_s).toInt(), latestVersion());
        const QStringList tables = tableNames(fixture.place());
        for (const QString& table : {u"cases"_s, u"reviews"_s, u"review_components"_s, u"criterion_notes"_s,
                                     u"reviewers"_s, u"audit_log"_s, u"audit_head"_s, u"case_revisions"_s, u"drafts"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));
    }

    void reopeningKeepsEverything()
    {
        StorageFixture fixture(TestDatabase::currentBackend());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        const auto [stored, review] =
            fixture.importWithReview(StorageFixture::caseDocument({u"keep-1"_s, {}, {}, {}, {}}));
        const DatabaseLocation location = fixture.place().location();
        fixture.close();
        StorageResult<std::unique_ptr<Database>> again = Database::open(location);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        const AuditLog audit(*again.value());
        const CaseRepository cases(*again.value(), audit);
        StorageResult<StoredCase> found = cases.find(stored.ref);
        QVERIFY(found.ok());
        QCOMPARE(found.value().document, stored.document);
        QCOMPARE(fixture.place().scalar(u"SELECT count(*) FROM schema_version"_s).toInt(), 1);
    }

    void twoProgramsCreateTheSameDatabase()
    {
        // Two programs opening a new database at the same moment: one creates the schema, the other waits and
        // finds it (PostgreSQL: an advisory lock; SQLite: the write lock of BEGIN IMMEDIATE).
        TestDatabase place(TestDatabase::currentBackend());
        QVERIFY2(place.isValid(), qPrintable(place.error()));
        std::atomic<int> opened{0};
        QStringList errors;
        QMutex errorsLock;
        QList<QThread*> threads;
        for (int i = 0; i < 3; ++i) {
            threads.append(QThread::create([&] {
                StorageResult<std::unique_ptr<Database>> database = Database::open(place.location());
                if (database.ok()) {
                    ++opened;
                    database.value()->closeThreadConnection();
                } else {
                    QMutexLocker locker(&errorsLock);
                    errors.append(database.error().message);
                }
            }));
        }
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(opened.load(), 3);
        QCOMPARE(place.scalar(u"SELECT count(*) FROM schema_version"_s).toInt(), 1);
        QCOMPARE(place.scalar(u"SELECT count(*) FROM audit_head"_s).toInt(), 1);
    }

    void abandonedInnerTransactionRollsBackTheOuter()
    {
        StorageFixture fixture(TestDatabase::currentBackend());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        {
            Transaction outer(fixture.database());
            QVERIFY(!outer.error());
            StorageResult<CaseRepository::Import> first = fixture.cases().import(
                StorageFixture::caseDocument({u"outer-1"_s, {}, {}, {}, {}}), u"a"_s, StorageFixture::importer());
            QVERIFY(first.ok());
            {
                Transaction inner(fixture.database());
                QVERIFY(!inner.error());
                // Left without commit: a step that failed.
            }
            const StorageStatus committed = outer.commit();
            QVERIFY(committed);
            QVERIFY(committed->message.contains(u"nothing was saved"_s));
        }
        QCOMPARE(fixture.cases().count().value(), 0);
        QCOMPARE(fixture.place().scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
        QCOMPARE(fixture.place().scalar(u"SELECT seq FROM audit_head"_s).toInt(), 0);
    }

    void everyThreadHasItsOwnConnection()
    {
        StorageFixture fixture(TestDatabase::currentBackend());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        const QString mainConnection = fixture.database().connection().connectionName();
        constexpr int threadsCount = 4;
        constexpr int perThread = 8;
        QStringList errors;
        QSet<QString> names;
        QMutex lock;
        QList<QThread*> threads;
        for (int t = 0; t < threadsCount; ++t) {
            threads.append(QThread::create([&, t] {
                {
                    QMutexLocker locker(&lock);
                    names.insert(fixture.database().connection().connectionName());
                }
                for (int i = 0; i < perThread; ++i) {
                    StorageResult<CaseRepository::Import> imported = fixture.cases().import(
                        StorageFixture::caseDocument({u"thread-%1-%2"_s.arg(t).arg(i), {}, {}, {}, {}}), u"thread"_s,
                        StorageFixture::importer());
                    if (!imported.ok()) {
                        QMutexLocker locker(&lock);
                        errors.append(imported.error().message);
                    }
                }
                fixture.database().closeThreadConnection();
            }));
        }
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(names.size(), threadsCount);
        QVERIFY(!names.contains(mainConnection));
        QCOMPARE(fixture.cases().count().value(), threadsCount * perThread);
        // Writers from four threads, one chain: every entry follows the one before.
        StorageResult<AuditVerification> verified = AuditVerifier(fixture.database()).verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified.value().ok(), qPrintable(verified.value().problem));
        QCOMPARE(verified.value().entries, threadsCount * perThread);
    }

    void newerVersionIsRefusedWithoutAWrite()
    {
        StorageFixture fixture(TestDatabase::currentBackend());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        fixture.importWithReview(StorageFixture::caseDocument({u"newer-1"_s, {}, {}, {}, {}}));
        fixture.close();
        QVERIFY(fixture.place().exec(u"UPDATE schema_version SET version = ?"_s, nullptr, {latestVersion() + 1}));
        const QStringList tablesBefore = tableNames(fixture.place());
        const QString headBefore = fixture.place().scalar(u"SELECT hash FROM audit_head"_s).toString();

        StorageResult<std::unique_ptr<Database>> opened = Database::open(fixture.place().location());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, StorageError::Kind::NewerVersion);
        QVERIFY2(opened.error().message.contains(u"newer SpineReview (schema version %1"_s.arg(latestVersion() + 1)),
                 qPrintable(opened.error().message));
        QCOMPARE(fixture.place().scalar(u"SELECT version FROM schema_version"_s).toInt(), latestVersion() + 1);
        QCOMPARE(tableNames(fixture.place()), tablesBefore);
        QCOMPARE(fixture.place().scalar(u"SELECT hash FROM audit_head"_s).toString(), headBefore);
    }

    void anotherProgramsDatabaseIsRefused()
    {
        TestDatabase place(TestDatabase::currentBackend());
        QVERIFY2(place.isValid(), qPrintable(place.error()));
        QVERIFY(place.exec(u"CREATE TABLE invoices (id INTEGER)"_s));
        StorageResult<std::unique_ptr<Database>> opened = Database::open(place.location());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, StorageError::Kind::NotOurs);
        QVERIFY2(opened.error().message.contains(u"it has tables (invoices) but no schema_version"_s),
                 qPrintable(opened.error().message));
        QCOMPARE(tableNames(place), QStringList{u"invoices"_s});
    }

    void unreachableIsACleanError()
    {
        DatabaseLocation location;
        if (TestDatabase::currentBackend() == DatabaseBackend::Sqlite) {
            location = DatabaseLocation::sqlite(u"/proc/spinereview-cannot-be-here/reviews.sqlite"_s);
        } else {
            // A port nobody listens on (the test server's own port, plus one, is not it: pick port 1).
            location =
                DatabaseLocation::parse(u"postgresql://postgres@127.0.0.1:1/reviews?connect_timeout=2"_s).value();
        }
        StorageResult<std::unique_ptr<Database>> opened = Database::open(location);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, StorageError::Kind::Unavailable);
        QVERIFY2(opened.error().message.contains(location.display()), qPrintable(opened.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
