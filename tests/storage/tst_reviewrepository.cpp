// SPDX-License-Identifier: GPL-3.0-or-later
// Stored reviews on both back ends: made from the engine's evaluation, saved with decisions, reasons, notes
// and status in one audited transaction, and refused with a clear message when someone saved first.
#include "core/engine/evaluator.h"
#include "storage/auditverifier.h"
#include "storagefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

QStringList actionsOf(const StorageFixture& fixture, qint64 reviewRef)
{
    QStringList actions;
    const StorageResult<QList<AuditEntry>> entries = fixture.audit().entriesFor("review"_L1, reviewRef);
    for (const AuditEntry& entry : entries.value())
        actions.append(entry.action);
    return actions;
}

// The seed case as edited while its review is open: the imaging report withdrawn, cement augmentation no
// longer requested and autograft requested instead, evaluated under the reference set as of its review date.
EvaluationResult editedSeedEvaluation()
{
    QJsonObject root = StorageFixture::seedCase();
    root.insert(u"caseId"_s, u"seed"_s);
    root.remove(u"imaging"_s);
    QJsonObject request = root.value(u"request"_s).toObject();
    QJsonArray components;
    for (const QJsonValue& component : request.value(u"components"_s).toArray()) {
        if (component.toString() != "cement_augmentation"_L1)
            components.append(component);
    }
    components.append(u"autograft"_s);
    request.insert(u"components"_s, components);
    root.insert(u"request"_s, request);
    const StorageResult<SpineCase> edited = CaseRepository::parse(QJsonDocument(root).toJson(), u"edited"_s);
    if (!edited.ok())
        qFatal("the edited seed case is invalid: %s", qPrintable(edited.error().message));
    return Evaluator::evaluate(edited.value(), StorageFixture::referenceSet(), QDate(2025, 11, 17));
}

} // namespace

class TestReviewRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;
    Actor m_nurse;
    Actor m_physician;
    Review m_review;

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_nurse = m_fixture->addReviewer(u"Nurse Ada"_s, ReviewerRole::NurseReviewer);
        m_physician = m_fixture->addReviewer(u"Dr. Brook"_s, ReviewerRole::PhysicianAdvisor);
        m_review = m_fixture->importWithReview(StorageFixture::caseDocument({u"seed"_s, {}, {}, {}, {}})).second;
        QVERIFY(m_review.ref > 0);
    }

    void cleanup() { m_fixture.reset(); }

    void madeFromTheEvaluation()
    {
        QCOMPARE(m_review.status, ReviewStatus::Draft);
        QCOMPARE(m_review.rowVersion, 1);
        QCOMPARE(m_review.criteriaId, u"reference"_s);
        QVERIFY(!m_review.criteriaVersion.isEmpty());
        QCOMPARE(m_review.criteriaSha256.size(), 64);
        QCOMPARE(m_review.reviewDate, QDate(2025, 11, 17));
        QVERIFY(!m_review.engineVersion.isEmpty());
        // The seed case under the reference set (criteria-reference.md), in the request's order.
        const QList<std::pair<Component, Status>> expected = {
            {Component::Decompression, Status::Met},          {Component::Fusion, Status::Incomplete},
            {Component::Instrumentation, Status::Incomplete}, {Component::Interbody, Status::Incomplete},
            {Component::BoneMarrowAspirate, Status::NotMet},  {Component::Bmp, Status::NotMet},
            {Component::Allograft, Status::Incomplete},       {Component::CementAugmentation, Status::Incomplete}};
        QCOMPARE(m_review.components.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(m_review.components[i].component, expected[i].first);
            QCOMPARE(m_review.components[i].engineStatus, expected[i].second);
            QVERIFY(!m_review.components[i].decision);
        }
        const StorageResult<QList<AuditEntry>> entries = m_fixture->audit().entriesFor("review"_L1, m_review.ref);
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value().first().action, u"review.create"_s);
        const QJsonObject details = entries.value().first().detailsObject();
        QCOMPARE(details.value(u"engine"_s).toObject().value(u"fusion"_s).toString(), u"incomplete"_s);
        QCOMPARE(details.value(u"criteria"_s).toObject().value(u"sha256"_s).toString(), m_review.criteriaSha256);
        QCOMPARE(details.value(u"state"_s).toString(), m_review.stateDigest());
    }

    void decisionsReasonsAndNotesAreSaved()
    {
        Review changed = m_review;
        changed.status = ReviewStatus::InReview;
        changed.reviewerRef = m_nurse.reviewerRef;
        changed.component(Component::Decompression)->decision = Status::Met;
        changed.component(Component::Fusion)->decision = Status::Met;
        changed.component(Component::Fusion)->reason = u"Flexion-extension films of 2025-10-02 show 4 mm motion"_s;
        changed.notes = {{u"fusion.instability"_s, Level::L5S1, u"films attached to the appeal"_s},
                         {u"decompression.stenosis"_s, std::nullopt, u"severe L5-S1 foraminal stenosis"_s}};
        StorageResult<Review> saved = m_fixture->reviews().save(changed, m_nurse);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved.value().rowVersion, 2);
        QCOMPARE(saved.value().updatedBy, u"Nurse Ada"_s);

        StorageResult<Review> reloaded = m_fixture->reviews().find(m_review.ref);
        QVERIFY(reloaded.ok());
        const Review& review = reloaded.value();
        QCOMPARE(review.status, ReviewStatus::InReview);
        QCOMPARE(review.reviewerRef, m_nurse.reviewerRef);
        QCOMPARE(review.component(Component::Fusion)->decision, std::optional<Status>(Status::Met));
        QCOMPARE(review.component(Component::Fusion)->reason, changed.component(Component::Fusion)->reason);
        QVERIFY(review.component(Component::Fusion)->overridesEngine());
        QCOMPARE(review.component(Component::Decompression)->decision, std::optional<Status>(Status::Met));
        QVERIFY(!review.component(Component::Bmp)->decision);
        QCOMPARE(review.notes.size(), 2);
        QCOMPARE(review.notes[0].criterionId, u"decompression.stenosis"_s);
        QVERIFY(!review.notes[0].level);
        QCOMPARE(review.notes[1].level, std::optional<Level>(Level::L5S1));
        QCOMPARE(review.stateDigest(), saved.value().stateDigest());

        // Every decision, the override with its reason, the status change, then the save with its digest.
        QCOMPARE(actionsOf(*m_fixture, m_review.ref),
                 (QStringList{u"review.create"_s, u"review.decision"_s, u"review.override"_s, u"review.status"_s,
                              u"review.save"_s}));
        const StorageResult<QList<AuditEntry>> entries = m_fixture->audit().entriesFor("review"_L1, m_review.ref);
        const QJsonObject override = entries.value()[2].detailsObject();
        QCOMPARE(override.value(u"component"_s).toString(), u"fusion"_s);
        QCOMPARE(override.value(u"engine"_s).toString(), u"incomplete"_s);
        QCOMPARE(override.value(u"decision"_s).toString(), u"met"_s);
        QVERIFY(override.value(u"reason"_s).toString().contains(u"4 mm motion"_s));
        QCOMPARE(override.value(u"actorRole"_s).toString(), u"nurse_reviewer"_s);
        QCOMPARE(entries.value()[2].actor, u"Nurse Ada"_s);

        // Notes replace notes: one removed, one changed.
        Review again = review;
        again.notes = {{u"fusion.instability"_s, Level::L5S1, u"films reviewed"_s}};
        QVERIFY(m_fixture->reviews().save(again, m_nurse).ok());
        const Review latest = m_fixture->reviews().find(m_review.ref).value();
        QCOMPARE(latest.notes.size(), 1);
        QCOMPARE(latest.notes.first().text, u"films reviewed"_s);
    }

    void unchangedSaveWritesNothing()
    {
        // An autosave of a review nobody changed: no new version, no audit entry.
        const int entriesBefore = m_fixture->place().scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
        StorageResult<Review> saved = m_fixture->reviews().save(m_review, m_nurse);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().rowVersion, 1);
        QCOMPARE(m_fixture->place().scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), entriesBefore);
    }

    void overrideWithoutReasonChangesNothing()
    {
        const int entriesBefore = m_fixture->place().scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
        Review changed = m_review;
        changed.status = ReviewStatus::InReview;
        changed.component(Component::Bmp)->decision = Status::Met;
        StorageResult<Review> refused = m_fixture->reviews().save(changed, m_nurse);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(u"bmp is decided met where the engine found not_met"_s),
                 qPrintable(refused.error().message));
        const Review stored = m_fixture->reviews().find(m_review.ref).value();
        QCOMPARE(stored.rowVersion, 1);
        QCOMPARE(stored.status, ReviewStatus::Draft);
        QVERIFY(!stored.component(Component::Bmp)->decision);
        QCOMPARE(m_fixture->place().scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), entriesBefore);
    }

    void theDatabaseItselfRequiresTheReason()
    {
        // The rule holds even for a write that goes around the repository.
        QString error;
        QVERIFY(!m_fixture->place().exec(u"UPDATE review_components SET decision = 'met', reason = NULL "
                                         u"WHERE review_ref = ? AND component = 'bmp'"_s,
                                         &error, {m_review.ref}));
        QVERIFY2(error.contains(u"check"_s, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(m_fixture->place().exec(u"UPDATE review_components SET decision = 'met', reason = 'documented' "
                                        u"WHERE review_ref = ? AND component = 'bmp'"_s,
                                        &error, {m_review.ref}));
    }

    void secondSaveOfTheSameVersionIsAConflict()
    {
        Review mine = m_review;   // the nurse opens the review …
        Review theirs = m_review; // … and so does the physician advisor
        mine.status = ReviewStatus::InReview;
        mine.notes = {{u"fusion.instability"_s, std::nullopt, u"asked for films"_s}};
        QVERIFY(m_fixture->reviews().save(mine, m_nurse).ok());

        theirs.status = ReviewStatus::InReview;
        theirs.component(Component::Decompression)->decision = Status::Met;
        StorageResult<Review> conflict = m_fixture->reviews().save(theirs, m_physician);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind, StorageError::Kind::Conflict);
        const QString message = conflict.error().message;
        QVERIFY2(message.contains(u"review %1 was saved by Nurse Ada at "_s.arg(m_review.ref)), qPrintable(message));
        QVERIFY(message.contains(u"you opened version 1; it is now version 2"_s));
        QVERIFY(message.contains(u"Your changes were not saved"_s));
        const Review stored = m_fixture->reviews().find(m_review.ref).value();
        QCOMPARE(stored.notes.size(), 1);
        QVERIFY(!stored.component(Component::Decompression)->decision);
    }

    void conflictBetweenTwoPrograms()
    {
        // Two programs on the same database (each with its own connection), as two reviewers' desks are.
        StorageResult<std::unique_ptr<Database>> other = Database::open(m_fixture->place().location());
        QVERIFY(other.ok());
        const AuditLog otherAudit(*other.value());
        const ReviewRepository otherReviews(*other.value(), otherAudit);
        Review mine = m_fixture->reviews().find(m_review.ref).value();
        Review theirs = otherReviews.find(m_review.ref).value();
        mine.status = ReviewStatus::InReview;
        theirs.status = ReviewStatus::InReview;
        QVERIFY(otherReviews.save(theirs, m_physician).ok());
        StorageResult<Review> conflict = m_fixture->reviews().save(mine, m_nurse);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind, StorageError::Kind::Conflict);
        QVERIFY2(conflict.error().message.contains(u"saved by Dr. Brook"_s), qPrintable(conflict.error().message));
    }

    void determinationByThePhysicianAdvisor()
    {
        Review review = m_review;
        review.status = ReviewStatus::InReview;
        review = m_fixture->reviews().save(review, m_nurse).value();
        review.status = ReviewStatus::PhysicianAdvisor;
        review = m_fixture->reviews().save(review, m_nurse).value();
        for (ComponentDecision& decision : review.components) {
            decision.decision = decision.engineStatus == Status::Met ? Status::Met : Status::NotMet;
            if (decision.overridesEngine())
                decision.reason = u"documentation requested twice and not received"_s;
        }
        review.status = ReviewStatus::Determined;

        // A nurse reviewer may not deny.
        StorageResult<Review> refused = m_fixture->reviews().save(review, m_nurse);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"physician advisor"_s), qPrintable(refused.error().message));

        m_fixture->database().setClock([] { return QDateTime(QDate(2026, 1, 9), QTime(15, 0), Qt::UTC); });
        StorageResult<Review> determined = m_fixture->reviews().save(review, m_physician);
        QVERIFY2(determined.ok(), qPrintable(determined.ok() ? QString() : determined.error().message));
        QCOMPARE(determined.value().status, ReviewStatus::Determined);
        QCOMPARE(determined.value().determinedAt,
                 std::optional<QDateTime>(QDateTime(QDate(2026, 1, 9), QTime(15, 0), Qt::UTC)));

        // Final: nothing more is saved.
        Review late = determined.value();
        late.notes.append({u"fusion.instability"_s, std::nullopt, u"after the fact"_s});
        StorageResult<Review> final = m_fixture->reviews().save(late, m_physician);
        QVERIFY(!final.ok());
        QVERIFY(final.error().message.contains(u"determination is final"_s));
    }

    void engineDeterminationsFollowTheEditedCase()
    {
        // Decompression decided as the engine found it, fusion overridden with a reason, then the case edited.
        Review review = m_review;
        review.status = ReviewStatus::InReview;
        review.component(Component::Decompression)->decision = Status::Met;
        review.component(Component::Fusion)->decision = Status::Met;
        review.component(Component::Fusion)->reason = u"instability on the films of the appeal"_s;
        review = m_fixture->reviews().save(review, m_nurse).value();

        const EvaluationResult result = editedSeedEvaluation();
        QVERIFY(review.matchesCriteria(result));
        Review followed = review;
        followed.followEvaluation(result);
        QVERIFY(!followed.component(Component::CementAugmentation));
        QVERIFY(followed.component(Component::Autograft));
        QCOMPARE(followed.components.last().component, Component::Autograft);
        const Status decompression = followed.component(Component::Decompression)->engineStatus;
        QVERIFY2(decompression != Status::Met, "without imaging, decompression is no longer met");
        QCOMPARE(followed.component(Component::Fusion)->reason, u"instability on the films of the appeal"_s);

        // The decision the engine no longer shares needs its reason.
        StorageResult<Review> refused = m_fixture->reviews().save(followed, m_nurse);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"decompression is decided met where the engine found"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(m_fixture->reviews().find(review.ref).value().rowVersion, review.rowVersion);

        followed.component(Component::Decompression)->reason = u"the MRI report is on file at the surgeon's office"_s;
        StorageResult<Review> saved = m_fixture->reviews().save(followed, m_nurse);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const Review reloaded = m_fixture->reviews().find(review.ref).value();
        QCOMPARE(reloaded.stateDigest(), saved.value().stateDigest());
        QCOMPARE(reloaded.components.size(), qsizetype(result.components.size()));
        for (qsizetype i = 0; i < reloaded.components.size(); ++i) {
            QCOMPARE(reloaded.components[i].component, result.components[size_t(i)].component);
            QCOMPARE(reloaded.components[i].engineStatus, result.components[size_t(i)].status);
        }
        QCOMPARE(reloaded.component(Component::Decompression)->decision, std::optional<Status>(Status::Met));
        QVERIFY(reloaded.component(Component::Decompression)->overridesEngine());
        QVERIFY(!reloaded.component(Component::Autograft)->decision);
        QCOMPARE(m_fixture->place()
                     .scalar(u"SELECT count(*) FROM review_components WHERE review_ref = ?"_s, {review.ref})
                     .toLongLong(),
                 qint64(result.components.size()));

        // Audited: the engine's change (before and after), the decision that became an override, the save.
        QCOMPARE(actionsOf(*m_fixture, review.ref).mid(5),
                 (QStringList{u"review.engine"_s, u"review.override"_s, u"review.save"_s}));
        const StorageResult<QList<AuditEntry>> entries = m_fixture->audit().entriesFor("review"_L1, review.ref);
        const QJsonObject engine = entries.value()[5].detailsObject();
        QCOMPARE(engine.value(u"engine"_s).toObject().value(u"decompression"_s).toString(), statusName(decompression));
        QCOMPARE(engine.value(u"previousEngine"_s).toObject().value(u"decompression"_s).toString(), u"met"_s);
        QVERIFY(engine.value(u"previousEngine"_s).toObject().contains(u"cement_augmentation"_s));
        QVERIFY(!engine.value(u"engine"_s).toObject().contains(u"cement_augmentation"_s));
        QVERIFY(engine.value(u"engine"_s).toObject().contains(u"autograft"_s));
        StorageResult<AuditVerification> verified = AuditVerifier(m_fixture->database()).verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified.value().ok(), qPrintable(verified.value().problem));

        // Following the same evaluation again changes nothing; determined, the review no longer follows.
        Review again = saved.value();
        again.followEvaluation(result);
        QCOMPARE(m_fixture->reviews().save(again, m_nurse).value().rowVersion, saved.value().rowVersion);
        Review determined = saved.value();
        for (ComponentDecision& decision : determined.components) {
            if (!decision.decision)
                decision.decision = Status::Met;
            if (decision.overridesEngine() && decision.reason.isEmpty())
                decision.reason = u"documented in the appeal"_s;
        }
        determined.status = ReviewStatus::Determined;
        determined = m_fixture->reviews().save(determined, m_nurse).value();
        Review late = determined;
        late.followEvaluation(editedSeedEvaluation());
        late.components.removeLast();
        StorageResult<Review> final = m_fixture->reviews().save(late, m_nurse);
        QVERIFY(!final.ok());
        QVERIFY(final.error().message.contains(u"determination is final"_s));
    }

    void unknownReview()
    {
        StorageResult<Review> missing = m_fixture->reviews().find(987654);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, StorageError::Kind::NotFound);
        Review ghost = m_review;
        ghost.ref = 987654;
        QCOMPARE(m_fixture->reviews().save(ghost, m_nurse).error().kind, StorageError::Kind::NotFound);
    }

    void reviewsOfACase()
    {
        StorageResult<QList<Review>> reviews = m_fixture->reviews().forCase(m_review.caseRef);
        QVERIFY(reviews.ok());
        QCOMPARE(reviews.value().size(), 1);
        QCOMPARE(reviews.value().first().ref, m_review.ref);
        QVERIFY(m_fixture->reviews().forCase(m_review.caseRef + 1000).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewRepository)
#include "tst_reviewrepository.moc"
