// SPDX-License-Identifier: GPL-3.0-or-later
// The stored review in the desk, on SQLite and on PostgreSQL: opened into the case document, decided with
// reasons, saved with the case in one transaction — the engine's determinations re-evaluated for the case as
// saved — refused whole when a rule breaks, and refused with a clear message when another reviewer saved first.
#include "core/engine/evaluator.h"
#include "reviewtestdesk.h"
#include "storage/auditverifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

class TestReviewSession : public testing::StoredSeedTest
{
    Q_OBJECT

private slots:
    void opensTheCaseAndItsCriteriaSet()
    {
        testing::ReviewDesk desk(m_seed->storage.database());
        desk.evaluation.setCurrentSet(u"founding-review"_s);
        QSignalSpy opened(&desk.session, &ReviewSession::opened);
        QVERIFY(!desk.session.open(m_seed->review.ref));
        QCOMPARE(opened.size(), 1);
        QVERIFY(desk.session.isOpen());
        QCOMPARE(desk.document.spineCase().caseId, u"seed"_s);
        QVERIFY(!desk.document.isModified());
        QCOMPARE(desk.evaluation.currentSet()->info.id, m_seed->review.criteriaId);
        QCOMPARE(desk.session.review().components.size(), m_seed->review.components.size());
        QVERIFY(!desk.session.isReviewModified());
    }

    void aMissingReviewIsReportedAndTheDeskKeepsItsCase()
    {
        testing::ReviewDesk desk(m_seed->storage.database());
        const StorageStatus failed = desk.session.open(m_seed->review.ref + 1000);
        QVERIFY(failed);
        QCOMPARE(failed->kind, StorageError::Kind::NotFound);
        QVERIFY(!desk.session.isOpen());
        QCOMPARE(desk.document.spineCase().caseId, CaseDocument::emptyCase().caseId);
    }

    void anOverrideWithoutItsReasonIsRefusedAndNothingIsSaved()
    {
        testing::ReviewDesk desk(m_seed->storage.database());
        QVERIFY(!desk.session.open(m_seed->review.ref));
        desk.session.setActor(m_seed->nurse);
        // The engine finds fusion incomplete for the seed case; the nurse decides it met.
        desk.session.setDecision(Component::Fusion, Status::Met);
        QVERIFY(desk.session.isReviewModified());
        const StorageStatus refused = desk.session.save();
        QVERIFY(refused);
        QCOMPARE(refused->kind, StorageError::Kind::Invalid);
        QVERIFY2(refused->message.contains(u"reason"_s), qPrintable(refused->message));
        QVERIFY2(refused->message.contains(u"nothing was saved"_s), qPrintable(refused->message));
        const Review stored = m_seed->storage.reviews().find(m_seed->review.ref).value();
        QCOMPARE(stored.rowVersion, m_seed->review.rowVersion);
        QVERIFY(!stored.component(Component::Fusion)->decision);
        // The working copy keeps the reviewer's decision to add the reason to.
        QCOMPARE(desk.session.review().component(Component::Fusion)->decision, Status::Met);
    }

    void decisionsReasonsAndNotesAreSavedAsTheReviewer()
    {
        testing::ReviewDesk desk(m_seed->storage.database());
        QVERIFY(!desk.session.open(m_seed->review.ref));
        desk.session.setActor(m_seed->nurse);
        QSignalSpy saved(&desk.session, &ReviewSession::saved);
        desk.session.setDecision(Component::Fusion, Status::Met);
        desk.session.setReason(Component::Fusion, u"Flexion-extension films received by fax"_s);
        desk.session.setDecision(Component::Decompression, Status::Met);
        desk.session.setNote(u"conservative-care"_s, Level::L5S1, u"PT notes confirm 8 weeks"_s);
        desk.session.setNote(u"conservative-care"_s, std::nullopt, u"Whole-case note"_s);
        desk.session.setStatus(ReviewStatus::InReview);
        QVERIFY(!desk.session.save());
        QCOMPARE(saved.size(), 1);
        QVERIFY(!desk.session.isReviewModified());

        const Review stored = m_seed->storage.reviews().find(m_seed->review.ref).value();
        QCOMPARE(stored.rowVersion, m_seed->review.rowVersion + 1);
        QCOMPARE(stored.status, ReviewStatus::InReview);
        QCOMPARE(stored.updatedBy, m_seed->nurse.name);
        QCOMPARE(stored.component(Component::Fusion)->decision, Status::Met);
        QCOMPARE(stored.component(Component::Fusion)->reason, u"Flexion-extension films received by fax"_s);
        QCOMPARE(stored.notes.size(), 2);
        QVERIFY(!stored.notes[0].level); // the whole case first, then by level
        QCOMPARE(stored.notes[1].level, Level::L5S1);
        QCOMPARE(stored.notes[1].text, u"PT notes confirm 8 weeks"_s);

        // An empty text removes a note.
        desk.session.setNote(u"conservative-care"_s, std::nullopt, QString());
        QVERIFY(!desk.session.save());
        QCOMPARE(m_seed->storage.reviews().find(m_seed->review.ref).value().notes.size(), 1);
        QVERIFY(AuditVerifier(m_seed->storage.database()).verify().value().ok());
    }

    void anEditedCaseIsSavedWithTheEngineRedone()
    {
        testing::ReviewDesk desk(m_seed->storage.database());
        QVERIFY(!desk.session.open(m_seed->review.ref));
        desk.session.setActor(m_seed->nurse);
        // Documentation withdrawn and the request narrowed: the engine's answer must follow.
        desk.document.edit([](SpineCase& c) {
            c.imaging.reset();
            c.request.components.removeAll(Component::Bmp);
        });
        QVERIFY(desk.document.isModified());
        QVERIFY(!desk.session.save());
        QVERIFY(!desk.document.isModified());

        const Review stored = m_seed->storage.reviews().find(m_seed->review.ref).value();
        QVERIFY(!stored.component(Component::Bmp));
        const EvaluationResult expected =
            Evaluator::evaluate(desk.document.spineCase(), desk.evaluation.currentSet(), desk.evaluation.reviewDate());
        QCOMPARE(stored.components.size(), qsizetype(expected.components.size()));
        bool changed = false;
        for (const ComponentOutcome& outcome : expected.components) {
            QCOMPARE(stored.component(outcome.component)->engineStatus, outcome.status);
            changed |= m_seed->review.component(outcome.component)->engineStatus != outcome.status;
        }
        QVERIFY2(changed, "the edit should change at least one of the engine's determinations");

        // The case was saved over, its earlier document kept as a revision.
        const StoredCase storedCase = m_seed->storage.cases().find(m_seed->review.caseRef).value();
        QVERIFY(!storedCase.document.contains("\"imaging\""));
        QCOMPARE(m_seed->storage.cases().revisions(m_seed->review.caseRef).value().size(), 1);
        QVERIFY(AuditVerifier(m_seed->storage.database()).verify().value().ok());
    }

    void withoutAReviewerNothingIsSaved()
    {
        testing::ReviewDesk desk(m_seed->storage.database());
        QVERIFY(!desk.session.open(m_seed->review.ref));
        desk.session.setStatus(ReviewStatus::InReview);
        const StorageStatus refused = desk.session.save();
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(u"Working as"_s), qPrintable(refused->message));
        QCOMPARE(m_seed->storage.reviews().find(m_seed->review.ref).value().status, ReviewStatus::Draft);
    }

    void theSecondOfTwoReviewersSavingIsToldAndLosesNothing()
    {
        testing::ReviewDesk first(m_seed->storage.database());
        testing::ReviewDesk second(m_seed->storage.database());
        QVERIFY(!first.session.open(m_seed->review.ref));
        QVERIFY(!second.session.open(m_seed->review.ref));
        first.session.setActor(m_seed->nurse);
        second.session.setActor(m_seed->physician);
        first.session.setStatus(ReviewStatus::InReview);
        second.session.setDecision(Component::Decompression, Status::Met);
        QVERIFY(!first.session.save());

        const StorageStatus conflict = second.session.save();
        QVERIFY(conflict);
        QCOMPARE(conflict->kind, StorageError::Kind::Conflict);
        QVERIFY2(conflict->message.contains(u"Nurse Ada"_s), qPrintable(conflict->message));
        // The first reviewer's save stands; the second's work is still in their desk.
        const Review stored = m_seed->storage.reviews().find(m_seed->review.ref).value();
        QCOMPARE(stored.status, ReviewStatus::InReview);
        QVERIFY(!stored.component(Component::Decompression)->decision);
        QCOMPARE(second.session.review().component(Component::Decompression)->decision, Status::Met);
    }

    void openingAnotherCaseLeavesTheReview()
    {
        testing::ReviewDesk desk(m_seed->storage.database());
        QVERIFY(!desk.session.open(m_seed->review.ref));
        QSignalSpy closed(&desk.session, &ReviewSession::closed);
        desk.document.reset();
        QCOMPARE(closed.size(), 1);
        QVERIFY(!desk.session.isOpen());
    }
};

QTEST_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
