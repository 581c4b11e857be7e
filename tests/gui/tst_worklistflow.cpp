// SPDX-License-Identifier: GPL-3.0-or-later
// The review the way issue 4 tells it, through the assembled desk on SQLite and on PostgreSQL: a folder of
// cases is imported into the worklist (a broken file refused by name), a review is opened from the worklist
// into the desk, decided with reasons and saved, taken into review — and the audit trail verifies, until a
// row is edited by hand, which it then names.
#include "reports/reportactions.h"
#include "review/reviewerpicker.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"
#include "storage/auditverifier.h"
#include "storagefixture.h"
#include "storeddesk.h"
#include "worklist/worklistmodel.h"
#include "worklist/worklistwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QTableView>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The worklist row showing `caseId`, or an invalid index.
QModelIndex rowOf(const QTableView* table, const QString& caseId)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, static_cast<int>(WorklistModel::Column::CaseId));
        if (index.data().toString() == caseId)
            return index;
    }
    return {};
}

} // namespace

class TestWorklistFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void importWorkSaveAndVerify()
    {
        StorageFixture storage(TestDatabase::currentBackend());
        QVERIFY2(storage.isValid(), qPrintable(storage.error()));
        const QString folder = storage.place().folder() + u"/incoming"_s;
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + u"/a.json"_s,
                          StorageFixture::caseDocument(
                              {u"UR-101"_s, u"P-77"_s, u"Acme Health"_s, u"expedited"_s, u"2026-11-24T09:00:00Z"_s})));
        QVERIFY(
            writeFile(folder + u"/b.json"_s, StorageFixture::caseDocument({u"UR-102"_s, u"P-78"_s, u"Blue Plan"_s,
                                                                           u"standard"_s, u"2026-11-20T09:00:00Z"_s})));
        QVERIFY(writeFile(folder + u"/broken.json"_s, "{\"format\": \"spinereview-case/1\", \"caseId\": 7}"));

        testing::StoredDesk desk(storage.database());
        desk.window.show();
        QVERIFY(!desk.window.findChild<QDockWidget*>(u"reviewDock"_s)->isVisible()); // no review open yet
        QVERIFY(!desk.workflow->picker()->add(u"Nurse Ada"_s, ReviewerRole::NurseReviewer));
        const QString summary = desk.workflow->importCases({folder}, QDate(2026, 11, 26));
        QVERIFY2(summary.startsWith(u"2 case(s) imported"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"broken.json"_s), qPrintable(summary));

        WorklistWindow* worklist = desk.workflow->worklist();
        desk.window.findChild<QAction*>(u"actionWorklist"_s)->trigger();
        QVERIFY(worklist->isVisible());
        auto* table = worklist->findChild<QTableView*>(u"worklistTable"_s);
        QCOMPARE(table->model()->rowCount(), 2);

        // Opened from the worklist with Enter: the case is in the desk and the review pane shows.
        const QModelIndex row = rowOf(table, u"UR-102"_s);
        QVERIFY(row.isValid());
        table->setFocus();
        table->setCurrentIndex(row);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return desk.workflow->session().isOpen(); }, 5000));
        QCOMPARE(desk.document.spineCase().caseId, u"UR-102"_s);
        QVERIFY(desk.window.findChild<QDockWidget*>(u"reviewDock"_s)->isVisible());

        // Decided with reasons and saved with File → Save.
        ReviewSession& session = desk.workflow->session();
        session.setDecision(Component::Decompression, Status::Met);
        session.setDecision(Component::Fusion, Status::Met);
        session.setReason(Component::Fusion, u"Flexion-extension films received after the request"_s);
        desk.window.findChild<QAction*>(u"actionSave"_s)->trigger();
        const qint64 reviewRef = session.review().ref;
        Review stored = storage.reviews().find(reviewRef).value();
        QCOMPARE(stored.component(Component::Fusion)->reason, u"Flexion-extension films received after the request"_s);
        QCOMPARE(stored.updatedBy, u"Nurse Ada"_s);

        // Assigned and taken into review: the worklist says so, and the summary names the reviewer.
        desk.workflow->panel()->findChild<QAction*>(u"assign"_s)->trigger();
        desk.workflow->panel()->findChild<QAction*>(u"startReview"_s)->trigger();
        QCOMPARE(desk.window.findChild<ReportActions*>()->input().assignedReviewer, u"Nurse Ada"_s);
        QCOMPARE(storage.reviews().find(reviewRef).value().status, ReviewStatus::InReview);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QModelIndex updated = rowOf(table, u"UR-102"_s);
                return updated.siblingAtColumn(static_cast<int>(WorklistModel::Column::Status)).data().toString() ==
                       u"In review"_s;
            },
            5000));

        AuditVerification verification = AuditVerifier(storage.database()).verify().value();
        QVERIFY2(verification.ok(), qPrintable(verification.problem));

        // A reason rewritten straight in the database is found, and the review named.
        QString error;
        QVERIFY2(storage.place().exec(u"UPDATE review_components SET reason = 'rewritten' WHERE review_ref = ? AND "
                                      u"component = 'fusion'"_s,
                                      &error, {reviewRef}),
                 qPrintable(error));
        verification = AuditVerifier(storage.database()).verify().value();
        QVERIFY(!verification.ok());
        QVERIFY2(verification.problem.contains(u"review %1"_s.arg(reviewRef)), qPrintable(verification.problem));
    }
};

QTEST_MAIN(TestWorklistFlow)
#include "tst_worklistflow.moc"
