// SPDX-License-Identifier: GPL-3.0-or-later
// The review panel through its widgets: who is working, decisions chosen in the table with the keyboard, the
// reason a differing decision needs, the review's steps enabled as the rules and the role allow, and a
// refused step shown in words with the status left as it was.
#include "cellkeys.h"
#include "review/componentdecisionsmodel.h"
#include "review/reviewerpicker.h"
#include "review/reviewpanel.h"
#include "reviewtestdesk.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

// The panel as the desk builds it, saving through the session.
struct PanelDesk : testing::ReviewDesk
{
    explicit PanelDesk(Database& database)
        : testing::ReviewDesk(database)
        , settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
        , picker(new ReviewerPicker(database, settings))
        , panel(session, evaluation, picker, [this] {
            lastError = session.save();
            return !lastError.has_value();
        })
    {
        panel.resize(1200, 400);
        panel.show();
    }

    QAction* action(const QString& name) const { return panel.findChild<QAction*>(name); }
    QString message() const { return panel.findChild<QLabel*>(u"reviewMessage"_s)->text(); }
    QModelIndex cell(Component component, int column) const
    {
        auto* view = panel.findChild<QTableView*>(u"decisionsView"_s);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (session.review().components[row].component == component)
                return view->model()->index(row, column);
        }
        return {};
    }

    QTemporaryDir dir;
    QSettings settings;
    ReviewerPicker* picker; // the panel's child
    ReviewPanel panel;
    StorageStatus lastError;
};

} // namespace

class TestReviewPanel : public testing::StoredSeedTest
{
    Q_OBJECT

private slots:
    void waitsForAReviewAndForAReviewer()
    {
        PanelDesk desk(m_seed->storage.database());
        QVERIFY(!desk.panel.isEnabled());
        QVERIFY(desk.panel.findChild<QLabel*>(u"reviewTitle"_s)->text().contains(u"worklist"_s));

        QVERIFY(!desk.session.open(m_seed->review.ref));
        QVERIFY(desk.panel.isEnabled());
        QVERIFY(desk.panel.findChild<QLabel*>(u"reviewTitle"_s)->text().contains(u"seed"_s));
        QCOMPARE(desk.panel.findChild<QLabel*>(u"reviewStatus"_s)->text(), u"Status: Draft"_s);
        QVERIFY2(desk.message().contains(u"Choose who you are"_s), qPrintable(desk.message()));
        QVERIFY(!desk.action(u"startReview"_s)->isEnabled());

        // The picker lists the stored reviewers; choosing one is remembered for the next start.
        auto* combo = desk.picker->findChild<QComboBox*>(u"reviewerCombo"_s);
        QCOMPARE(combo->count(), 3); // "Choose who you are…", Dr. Brook, Nurse Ada
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End);
        QCOMPARE(desk.picker->reviewer()->name, m_seed->nurse.name);
        QCOMPARE(desk.settings.value(u"review/reviewer"_s).toString(), m_seed->nurse.name);
        QVERIFY(desk.action(u"startReview"_s)->isEnabled());
        QVERIFY(desk.action(u"assign"_s)->isEnabled());
        QVERIFY(!desk.action(u"determine"_s)->isEnabled()); // a draft is started before it is determined
        // The step buttons are the same actions.
        QCOMPARE(desk.panel.findChild<QToolButton*>(u"startReviewButton"_s)->defaultAction(),
                 desk.action(u"startReview"_s));
    }

    void aDecisionIsChosenAndItsReasonTypedInTheTable()
    {
        PanelDesk desk(m_seed->storage.database());
        QVERIFY(!desk.picker->add(u"Nurse Cleo"_s, ReviewerRole::NurseReviewer));
        QVERIFY(!desk.session.open(m_seed->review.ref));
        auto* view = desk.panel.findChild<QTableView*>(u"decisionsView"_s);

        // The engine finds fusion incomplete; deciding it met asks for the reason, in words.
        QVERIFY(
            cellkeys::choose(view, desk.cell(Component::Fusion, ComponentDecisionsModel::DecisionColumn), u"Met"_s));
        QCOMPARE(desk.session.review().component(Component::Fusion)->decision, Status::Met);
        const QModelIndex reason = desk.cell(Component::Fusion, ComponentDecisionsModel::ReasonColumn);
        QVERIFY(reason.data().toString().contains(u"Reason required"_s));
        QVERIFY2(desk.message().contains(u"without a reason"_s), qPrintable(desk.message()));
        QVERIFY(desk.panel.findChild<QLabel*>(u"reviewStatus"_s)->text().contains(u"unsaved"_s));

        desk.action(u"saveReview"_s)->trigger();
        QVERIFY(desk.lastError);
        QVERIFY(!m_seed->storage.reviews().find(m_seed->review.ref).value().component(Component::Fusion)->decision);

        QVERIFY(cellkeys::type(view, reason, u"Dynamic films show 4 mm translation"_s));
        QCOMPARE(reason.data().toString(), u"Dynamic films show 4 mm translation"_s);
        QVERIFY(desk.message().isEmpty());
        desk.action(u"saveReview"_s)->trigger();
        QVERIFY2(!desk.lastError, desk.lastError ? qPrintable(desk.lastError->message) : "");
        const Review stored = m_seed->storage.reviews().find(m_seed->review.ref).value();
        QCOMPARE(stored.component(Component::Fusion)->reason, u"Dynamic films show 4 mm translation"_s);
        QCOMPARE(stored.updatedBy, u"Nurse Cleo"_s);
    }

    void stepsFollowTheRulesAndARefusalKeepsTheStatus()
    {
        PanelDesk desk(m_seed->storage.database());
        QVERIFY(!desk.picker->add(u"Nurse Cleo"_s, ReviewerRole::NurseReviewer));
        QVERIFY(!desk.session.open(m_seed->review.ref));
        desk.action(u"assign"_s)->trigger();
        desk.action(u"startReview"_s)->trigger();
        QVERIFY2(!desk.lastError, desk.lastError ? qPrintable(desk.lastError->message) : "");
        Review stored = m_seed->storage.reviews().find(m_seed->review.ref).value();
        QCOMPARE(stored.status, ReviewStatus::InReview);
        QVERIFY(stored.reviewerRef);
        QVERIFY(desk.action(u"determine"_s)->isEnabled());
        QVERIFY(desk.action(u"toAdvisor"_s)->isEnabled());

        // Determining with components undecided is refused; the review stays in review, in the panel too.
        QVERIFY(!desk.panel.moveTo(ReviewStatus::Determined));
        QCOMPARE(desk.session.review().status, ReviewStatus::InReview);
        QVERIFY(desk.lastError);
        QCOMPARE(m_seed->storage.reviews().find(m_seed->review.ref).value().status, ReviewStatus::InReview);

        desk.action(u"toAdvisor"_s)->trigger();
        QCOMPARE(m_seed->storage.reviews().find(m_seed->review.ref).value().status, ReviewStatus::PhysicianAdvisor);
        QVERIFY(desk.action(u"returnToReview"_s)->isEnabled());
        QCOMPARE(desk.panel.findChild<QLabel*>(u"reviewStatus"_s)->text(), u"Status: With physician advisor"_s);
    }

    void aSurgeonsOfficeReadsButDoesNotDecide()
    {
        PanelDesk desk(m_seed->storage.database());
        QVERIFY(!desk.picker->add(u"Spine Associates"_s, ReviewerRole::SurgeonsOffice));
        QVERIFY(!desk.session.open(m_seed->review.ref));
        for (const QString& name : {u"assign"_s, u"startReview"_s, u"toAdvisor"_s, u"determine"_s})
            QVERIFY2(!desk.action(name)->isEnabled(), qPrintable(name));
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
