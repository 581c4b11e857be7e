// SPDX-License-Identifier: GPL-3.0-or-later
// `spinereview db …` and `spinereview audit verify` as a user runs them — the real binary, by QProcess — on an
// SQLite file and on the test PostgreSQL server: exit statuses, messages, files written, and the database's
// contents read back through the storage library.
#include "storage/migrator.h"
#include "storagefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

enum ExitStatus { Done = 0, Usage = 1, BadInput = 2, VerifyFailed = 4, DatabaseFailed = 5 };

struct Run
{
    int status = -1;
    QString out;
    QString err;

    QString describe() const { return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(status).arg(out, err); }
};

Run runCli(const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SPINEREVIEW_BINARY_DIR "/bin/spinereview"), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString testCase(const QString& name)
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/") + name;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int mode(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// How a user names the test database on the command line.
QString argument(const DatabaseLocation& location)
{
    if (location.backend == DatabaseBackend::Sqlite)
        return location.path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(location.user, location.host)
        .arg(location.port)
        .arg(location.databaseName);
}

const QStringList threeCases = {u"seed-l5s1-revision.json"_s, u"degenerative-l4l5-grade1-slip.json"_s,
                                u"extra-fields.json"_s};

} // namespace

class TestDbCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_place;
    QString m_database;
    QTemporaryDir m_folder;

    bool sqlite() const { return m_place->location().backend == DatabaseBackend::Sqlite; }

    Run importThree()
    {
        QStringList arguments{u"db"_s, u"import"_s, u"--database"_s, m_database};
        for (const QString& name : threeCases)
            arguments.append(testCase(name));
        return runCli(arguments);
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_place = std::make_unique<TestDatabase>(TestDatabase::currentBackend());
        QVERIFY2(m_place->isValid(), qPrintable(m_place->error()));
        m_database = argument(m_place->location());
    }

    void cleanup() { m_place.reset(); }

    void importVerifyAndExport()
    {
        const Run imported = importThree();
        QVERIFY2(imported.status == Done, qPrintable(imported.describe()));
        QVERIFY(imported.out.contains(u"seed-l5s1-revision: imported as case 1, review 1 under reference "_s));
        QVERIFY(imported.out.contains(u"degenerative-l4l5-grade1-slip: imported as case 2, review 2"_s));
        QVERIFY(imported.out.contains(u"due 2025-10-06T18:05:00Z"_s));
        if (sqlite())
            QCOMPARE(mode(m_place->location().path), 0600);

        const Run again = runCli({u"db"_s, u"import"_s, testCase(threeCases[0]), u"--database"_s, m_database});
        QVERIFY2(again.status == Done, qPrintable(again.describe()));
        QVERIFY(again.out.contains(u"seed-l5s1-revision: already stored as case 1, unchanged"_s));

        const Run verified = runCli({u"audit"_s, u"verify"_s, u"--database"_s, m_database});
        QVERIFY2(verified.status == Done, qPrintable(verified.describe()));
        QVERIFY(verified.out.contains(u"audit trail intact: 6 entries chained; 3 cases and 3 reviews match"_s));

        // The files as they were imported, byte for byte, readable by their owner only.
        const QString plain = m_folder.filePath(u"plain-%1"_s.arg(TestDatabase::currentTag()));
        const Run exported = runCli({u"db"_s, u"export"_s, u"-o"_s, plain, u"--database"_s, m_database});
        QVERIFY2(exported.status == Done, qPrintable(exported.describe()));
        QVERIFY(exported.out.contains(u"exported 3 case files"_s));
        for (const QString& name : threeCases) {
            QCOMPARE(readFile(QDir(plain).filePath(name)), readFile(testCase(name)));
            QCOMPARE(mode(QDir(plain).filePath(name)), 0600);
        }

        const QString clean = m_folder.filePath(u"clean-%1"_s.arg(TestDatabase::currentTag()));
        const Run deidentified =
            runCli({u"db"_s, u"export"_s, u"--deidentify"_s, u"--output"_s, clean, u"--database"_s, m_database});
        QVERIFY2(deidentified.status == Done, qPrintable(deidentified.describe()));
        const QByteArray slip = readFile(QDir(clean).filePath(u"degenerative-l4l5-grade1-slip.json"_s));
        QVERIFY(readFile(testCase(u"degenerative-l4l5-grade1-slip.json"_s)).contains("EXM-000417"));
        QVERIFY(!slip.isEmpty());
        QVERIFY(!slip.contains("EXM-000417"));
        QCOMPARE(QJsonDocument::fromJson(slip).object().value(u"caseId"_s).toString(),
                 u"degenerative-l4l5-grade1-slip"_s);

        // A second export into the same folder writes nothing over the first.
        const Run twice = runCli({u"db"_s, u"export"_s, u"-o"_s, plain, u"--database"_s, m_database});
        QCOMPARE(twice.status, int(Usage));
        QVERIFY2(twice.err.contains(u"already exists (export writes new files only)"_s), qPrintable(twice.describe()));
    }

    void badFilesAreReportedAndTheRestImported()
    {
        const QString bad = QStringLiteral(SPINEREVIEW_TEST_DATA "/bad/unknown-level.json");
        const Run run =
            runCli({u"db"_s, u"import"_s, bad, testCase(u"seed-l5s1-revision.json"_s), u"--database"_s, m_database});
        QCOMPARE(run.status, int(BadInput));
        QVERIFY2(run.err.contains(bad + u": request.levels[1]"_s), qPrintable(run.describe()));
        QVERIFY(run.out.contains(u"seed-l5s1-revision: imported as case 1"_s));

        // The same caseId with other contents: refused, the stored file kept.
        QTemporaryDir folder;
        QByteArray changed = readFile(testCase(u"seed-l5s1-revision.json"_s));
        changed.replace("\"painScore\": 8", "\"painScore\": 4");
        QFile file(folder.filePath(u"changed.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(changed);
        file.close();
        const Run refused = runCli({u"db"_s, u"import"_s, file.fileName(), u"--database"_s, m_database});
        QCOMPARE(refused.status, int(BadInput));
        QVERIFY2(refused.err.contains(u"caseId: \"seed-l5s1-revision\" is already stored (case 1"_s),
                 qPrintable(refused.describe()));
    }

    void tamperedTrailFailsVerification()
    {
        QCOMPARE(importThree().status, int(Done));
        QVERIFY(m_place->exec(u"UPDATE audit_log SET actor = 'someone else' WHERE seq = 2"_s));
        const Run run = runCli({u"audit"_s, u"verify"_s, u"--database"_s, m_database});
        QCOMPARE(run.status, int(VerifyFailed));
        QVERIFY2(run.err.contains(u"the audit trail is broken at entry 2: audit entry 2 (review.create of review 1"_s),
                 qPrintable(run.describe()));
    }

    void backupAndRestore()
    {
        QCOMPARE(importThree().status, int(Done));
        const QString backup = m_folder.filePath(u"cli-%1.sqlite"_s.arg(TestDatabase::currentTag()));
        const Run backedUp = runCli({u"db"_s, u"backup"_s, backup, u"--database"_s, m_database});
        QVERIFY2(backedUp.status == Done, qPrintable(backedUp.describe()));
        QCOMPARE(mode(backup), 0600);
        const Run twice = runCli({u"db"_s, u"backup"_s, backup, u"--database"_s, m_database});
        QCOMPARE(twice.status, int(Usage));
        QVERIFY(twice.err.contains(u"already exists"_s));

        TestDatabase target(TestDatabase::currentBackend());
        QVERIFY2(target.isValid(), qPrintable(target.error()));
        const Run restored = runCli({u"db"_s, u"restore"_s, backup, u"--database"_s, argument(target.location())});
        QVERIFY2(restored.status == Done, qPrintable(restored.describe()));
        QVERIFY(restored.out.contains(u"restored 3 cases, 3 reviews, 0 reviewers and 6 audit entries"_s));
        const Run verified = runCli({u"audit"_s, u"verify"_s, u"--database"_s, argument(target.location())});
        QVERIFY2(verified.status == Done, qPrintable(verified.describe()));
        QVERIFY(verified.out.contains(u"7 entries chained"_s));

        // A backup that is not one: bad input, and the database is left alone.
        const QString damaged = m_folder.filePath(u"damaged-%1.sqlite"_s.arg(TestDatabase::currentTag()));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(20000, 'x'));
        file.close();
        const Run refused = runCli({u"db"_s, u"restore"_s, damaged, u"--database"_s, m_database});
        QCOMPARE(refused.status, int(BadInput));
        QVERIFY2(refused.err.contains(u"cannot restore from this backup: "_s + damaged),
                 qPrintable(refused.describe()));
    }

    void refusedDatabasesAreLeftAlone()
    {
        if (!sqlite())
            return; // files: SQLite only (the PostgreSQL equivalents are in tst_database)
        QCOMPARE(importThree().status, int(Done));
        const QString path = m_place->location().path;
        QVERIFY(m_place->exec(u"UPDATE schema_version SET version = 99"_s));
        m_place->disconnect();
        const QByteArray before = readFile(path);
        const Run newer =
            runCli({u"db"_s, u"import"_s, testCase(u"minimal-required-only.json"_s), u"--database"_s, path});
        QCOMPARE(newer.status, int(DatabaseFailed));
        QVERIFY2(newer.err.contains(u"was written by a newer SpineReview (schema version 99"_s),
                 qPrintable(newer.describe()));
        QCOMPARE(readFile(path), before);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096));
        file.write(QByteArray(4096, '\x33'));
        file.close();
        const QByteArray damaged = readFile(path);
        const Run verify = runCli({u"audit"_s, u"verify"_s, u"--database"_s, path});
        QCOMPARE(verify.status, int(DatabaseFailed));
        QVERIFY2(verify.err.contains(u"is damaged"_s), qPrintable(verify.describe()));
        const Run check = runCli({u"db"_s, u"check"_s, u"--database"_s, path});
        QCOMPARE(check.status, int(VerifyFailed));
        QCOMPARE(readFile(path), damaged);
    }

    void defaultLocationAndSetting()
    {
        if (!sqlite())
            return; // the default is an SQLite file
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        const Run first = runCli({u"db"_s, u"import"_s, testCase(u"minimal-required-only.json"_s)}, environment);
        QVERIFY2(first.status == Done, qPrintable(first.describe()));
        const QString defaultPath = home.filePath(u"data/SpineReview/SpineReview/spinereview.sqlite"_s);
        QVERIFY2(QFileInfo::exists(defaultPath), qPrintable(first.describe()));
        QCOMPARE(mode(defaultPath), 0600);

        // The window's setting names another database.
        const QString chosen = home.filePath(u"team.sqlite"_s);
        QDir().mkpath(home.filePath(u"config/SpineReview"_s));
        QFile settings(home.filePath(u"config/SpineReview/SpineReview.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[database]\nlocation=" + chosen.toUtf8() + "\n");
        settings.close();
        const Run second = runCli({u"db"_s, u"import"_s, testCase(u"minimal-required-only.json"_s)}, environment);
        QVERIFY2(second.status == Done, qPrintable(second.describe()));
        QVERIFY(second.out.contains(u"imported as case 1"_s));
        QVERIFY(QFileInfo::exists(chosen));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList{u"db"_s} << u"unknown subcommand \"\""_s;
        QTest::newRow("unknown subcommand") << QStringList{u"db"_s, u"vacuum"_s} << u"unknown subcommand \"vacuum\""_s;
        QTest::newRow("import nothing") << QStringList{u"db"_s, u"import"_s} << u"expected at least one case file"_s;
        QTest::newRow("backup where") << QStringList{u"db"_s, u"backup"_s} << u"expected exactly one file"_s;
        QTest::newRow("unknown option") << QStringList{u"db"_s, u"export"_s, u"--all"_s}
                                        << u"unknown option \"--all\""_s;
        QTest::newRow("audit what") << QStringList{u"audit"_s} << u"expected `audit verify"_s;
        QTest::newRow("not a database URL")
            << QStringList{u"audit"_s, u"verify"_s, u"--database"_s, u"mysql://u@h/d"_s} << u"a postgresql:// URL"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCli(arguments);
        QCOMPARE(run.status, int(Usage));
        QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    }

    void serverThatDoesNotAnswer()
    {
        if (sqlite())
            return; // a server: PostgreSQL only
        const QString url = u"postgresql://postgres@127.0.0.1:1/nothing?connect_timeout=2"_s;
        const Run run = runCli({u"db"_s, u"import"_s, testCase(u"minimal-required-only.json"_s), u"--database"_s, url});
        QCOMPARE(run.status, int(DatabaseFailed));
        QVERIFY2(run.err.contains(u"cannot open postgresql://postgres@127.0.0.1:1/nothing"_s),
                 qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestDbCli)
#include "tst_dbcli.moc"
