// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: a desk process editing a stored review is killed (SIGKILL) while it types and autosaves. The
// database is intact, and the next desk on it offers the draft; recovering it brings back the case as last
// autosaved and the decision with its reason; saving it leaves no draft and an audit trail that verifies.
#include "review/draftkeeper.h"
#include "review/reviewerpicker.h"
#include "review/reviewsession.h"
#include "storage/auditverifier.h"
#include "storage/draftrepository.h"
#include "storagefixture.h"
#include "storeddesk.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

// Answers the recovery question with `button` as soon as it is asked.
void answerRecoveryWith(const QString& button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"recoveryBox"_s) {
            answerRecoveryWith(button);
            return;
        }
        for (QAbstractButton* candidate : box->buttons()) {
            if (candidate->text().remove(u'&') == button) {
                candidate->click();
                return;
            }
        }
    });
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void aKilledDeskGetsItsDraftBack_data()
    {
        QTest::addColumn<int>("killAfterMs");
        // Right after the first autosave, and after some typing, at a random moment within a save.
        QTest::newRow("first autosave") << 0;
        QTest::newRow("while typing") << 150 + int(QRandomGenerator::global()->bounded(200));
    }

    void aKilledDeskGetsItsDraftBack()
    {
        QFETCH(int, killAfterMs);
        StorageFixture storage(DatabaseBackend::Sqlite);
        QVERIFY2(storage.isValid(), qPrintable(storage.error()));
        const Review review =
            storage.importWithReview(StorageFixture::caseDocument({u"seed"_s, {}, {}, {}, {}})).second;
        const QString path = storage.place().location().path;
        storage.close();

        QProcess desk;
        desk.start(QStringLiteral(SPINEREVIEW_BINARY_DIR "/tests/desk_autosaver"), {path, QString::number(review.ref)});
        QVERIFY2(desk.waitForStarted(), qPrintable(desk.errorString()));
        QByteArray output;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         desk.waitForReadyRead(50);
                         output += desk.readAllStandardOutput();
                         return output.contains("autosaved");
                     },
                     30000),
                 desk.readAllStandardError().constData());
        QTest::qWait(killAfterMs);
        desk.kill(); // SIGKILL: no handler, no flush, no goodbye
        QVERIFY(desk.waitForFinished(10000));
        output += desk.readAllStandardOutput();
        const QList<QByteArray> lines = output.trimmed().split('\n');
        const int lastCommitted = lines.constLast().split(' ').value(1).toInt();
        QVERIFY(lastCommitted > 0);

        StorageResult<std::unique_ptr<Database>> database = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY2(database.ok(), database.ok() ? "" : qPrintable(database.error().message));
        QVERIFY(!database.value()->checkIntegrity());

        testing::StoredDesk next(*database.value());
        answerRecoveryWith(u"Recover"_s);
        next.workflow->offerRecovery();

        ReviewSession& session = next.workflow->session();
        QVERIFY(session.isOpen());
        QCOMPARE(session.review().ref, review.ref);
        QVERIFY(next.document.isModified());
        // The draft is at least as new as the last autosave the killed desk saw committed.
        const QRegularExpressionMatch edit =
            QRegularExpression(u"^edit (\\d+)$"_s).match(next.document.spineCase().notes.value_or(QString()));
        QVERIFY2(edit.hasMatch(), qPrintable(next.document.spineCase().notes.value_or(u"(no notes)"_s)));
        QVERIFY(edit.captured(1).toInt() >= lastCommitted);
        QCOMPARE(session.review().component(Component::Fusion)->decision, Status::Met);
        QCOMPARE(session.review().component(Component::Fusion)->reason,
                 u"Flexion-extension films show 4 mm of translation"_s);

        // Saved as a reviewer: the draft is gone and the trail holds.
        QVERIFY(!next.workflow->picker()->add(u"Nurse Ada"_s, ReviewerRole::NurseReviewer));
        QVERIFY(next.workflow->saveOpenCase());
        QVERIFY(DraftRepository(*database.value()).all().value().isEmpty());
        const AuditVerification verification = AuditVerifier(*database.value()).verify().value();
        QVERIFY2(verification.ok(), qPrintable(verification.problem));
    }

    void aDiscardedDraftIsNotOfferedAgain()
    {
        StorageFixture storage(DatabaseBackend::Sqlite);
        QVERIFY2(storage.isValid(), qPrintable(storage.error()));
        Draft left;
        left.owner = ReviewWorkflow::workstationOwner();
        left.document = StorageFixture::caseDocument({u"typed-before-the-crash"_s, {}, {}, {}, {}});
        QVERIFY(DraftRepository(storage.database()).save(left).ok());

        testing::StoredDesk desk(storage.database());
        answerRecoveryWith(u"Discard"_s);
        desk.workflow->offerRecovery();
        QCOMPARE(desk.document.spineCase().caseId, CaseDocument::emptyCase().caseId);
        QVERIFY(DraftRepository(storage.database()).all().value().isEmpty());
    }
};

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
