// SPDX-License-Identifier: GPL-3.0-or-later
// `--database`: a path or a postgresql:// URL, and the default file in the user's data directory.
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void relativePathBecomesAbsolute()
    {
        const StorageResult<DatabaseLocation> parsed = DatabaseLocation::parse(u"reviews/team.sqlite"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().backend, DatabaseBackend::Sqlite);
        QCOMPARE(parsed.value().path, QDir::current().absoluteFilePath(u"reviews/team.sqlite"_s));
    }

    void postgresUrl()
    {
        const StorageResult<DatabaseLocation> parsed = DatabaseLocation::parse(
            u"postgresql://ur%20team:s3cr%3Ft@db.example.org:6543/spine_reviews?sslmode=require&application_name=sr"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const DatabaseLocation& location = parsed.value();
        QCOMPARE(location.backend, DatabaseBackend::Postgresql);
        QCOMPARE(location.host, u"db.example.org"_s);
        QCOMPARE(location.port, 6543);
        QCOMPARE(location.user, u"ur team"_s);
        QCOMPARE(location.password, u"s3cr?t"_s);
        QCOMPARE(location.databaseName, u"spine_reviews"_s);
        // A timeout is added so that a server that does not answer fails instead of hanging.
        QCOMPARE(location.connectOptions, u"sslmode=require;application_name=sr;connect_timeout=10"_s);
        // What is printed never carries the password.
        QVERIFY(!location.display().contains(u"s3cr"_s));
        QVERIFY(location.display().contains(u"db.example.org:6543/spine_reviews"_s));
    }

    void postgresDefaultsAndSocket()
    {
        const StorageResult<DatabaseLocation> parsed =
            DatabaseLocation::parse(u"postgres://reviewer@/reviews?host=/run/postgresql&connect_timeout=3"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().host, u"/run/postgresql"_s);
        QCOMPARE(parsed.value().port, 5432);
        QCOMPARE(parsed.value().connectOptions, u"connect_timeout=3"_s);
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("no database") << u"postgresql://reviewer@localhost"_s << u"names no database"_s;
        QTest::newRow("no user") << u"postgresql://localhost/reviews"_s << u"names no user"_s;
        QTest::newRow("other scheme") << u"mysql://reviewer@localhost/reviews"_s << u"file path or a postgresql"_s;
        QTest::newRow("injected option") << u"postgresql://u@h/d?sslmode=a;host=evil"_s << u"cannot be passed on"_s;
    }

    void badUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const StorageResult<DatabaseLocation> parsed = DatabaseLocation::parse(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(why), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(u'"' + text + u'"'));
    }

    void defaultIsInTheAppDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SpineReview"_s);
        QCoreApplication::setApplicationName(u"SpineReview"_s);
        const StorageResult<DatabaseLocation> parsed = DatabaseLocation::parse(QString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().path,
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/spinereview.sqlite"_s);
        QVERIFY(parsed.value().path.contains(u"SpineReview"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
