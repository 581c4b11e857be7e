// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing committed is lost when the program dies: storage_writer writes in a loop and is killed with SIGKILL
// at an arbitrary moment, three times over; each time the database must be intact (SQLite's integrity check,
// the audit chain, every review whole) and hold the last commit the writer reported.
#include "storage/auditverifier.h"
#include "storage/migrator.h"
#include "storagefixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace spinereview;
using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void killedWriterLosesNothingCommitted()
    {
        StorageFixture fixture(TestDatabase::currentBackend());
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        const DatabaseLocation location = fixture.place().location();
        const QString target = location.backend == DatabaseBackend::Sqlite
                                   ? location.path
                                   : u"postgresql://%1@%2:%3/%4"_s.arg(location.user, location.host)
                                         .arg(location.port)
                                         .arg(location.databaseName);
        fixture.close();

        for (int round = 0; round < 3; ++round) {
            QProcess writer;
            writer.setProgram(QStringLiteral(SPINEREVIEW_BINARY_DIR "/tests/storage_writer"));
            writer.setArguments({target, QString::number(round)});
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start();
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

            // Let it commit a few times, then kill it wherever it is — usually inside a transaction.
            const int commits = 6 + int(QRandomGenerator::global()->bounded(10));
            QByteArray out;
            QElapsedTimer timer;
            timer.start();
            while (out.count('\n') < commits && timer.elapsed() < 60000 && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(100);
                out += writer.readAllStandardOutput();
            }
            QVERIFY2(writer.state() == QProcess::Running, qPrintable(u"the writer stopped by itself: "_s +
                                                                     QString::fromUtf8(writer.readAllStandardError())));
            QTest::qWait(int(QRandomGenerator::global()->bounded(25)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            out += writer.readAllStandardOutput();

            // Only whole lines were reported after a commit.
            QStringList lines = QString::fromUtf8(out).split(u'\n');
            lines.removeLast();
            QVERIFY2(lines.size() >= commits, qPrintable(QString::fromUtf8(out)));
            QString lastCase;
            qint64 lastReview = 0;
            int lastVersion = 0;
            for (const QString& line : std::as_const(lines)) {
                const QStringList parts = line.split(u' ');
                if (parts.value(0) == "case"_L1) {
                    lastCase = parts.value(1);
                    lastReview = parts.value(2).toLongLong();
                    lastVersion = 1;
                } else if (parts.value(0) == "save"_L1) {
                    QCOMPARE(parts.value(1).toLongLong(), lastReview);
                    lastVersion = parts.value(2).toInt();
                }
            }

            if (location.backend == DatabaseBackend::Sqlite) {
                const StorageResult<int> intact =
                    Database::inspectSqliteFile(location.path, Migrator(u":/sql"_s).latestVersion(), true);
                QVERIFY2(intact.ok(), qPrintable(intact.ok() ? QString() : intact.error().message));
            }
            StorageResult<std::unique_ptr<Database>> reopened = Database::open(location);
            QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
            const AuditLog audit(*reopened.value());
            const CaseRepository cases(*reopened.value(), audit);
            const ReviewRepository reviews(*reopened.value(), audit);

            QVERIFY2(cases.findByCaseId(lastCase).value(), qPrintable(lastCase));
            StorageResult<Review> review = reviews.find(lastReview);
            QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().message));
            // The last reported save is there; one more may have committed before its line was printed.
            QVERIFY2(review.value().rowVersion == lastVersion || review.value().rowVersion == lastVersion + 1,
                     qPrintable(u"review %1 at version %2, last reported %3"_s.arg(lastReview)
                                    .arg(review.value().rowVersion)
                                    .arg(lastVersion)));
            // No half-written review anywhere: each has all eight components, matching its audited state.
            QVERIFY(!reviews.forEach([](const Review& each) {
                if (each.components.size() != 8)
                    qFatal("review %lld has %lld components", each.ref, qlonglong(each.components.size()));
                return true;
            }));
            StorageResult<AuditVerification> verified = AuditVerifier(*reopened.value()).verify();
            QVERIFY(verified.ok());
            QVERIFY2(verified.value().ok(), qPrintable(verified.value().problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
