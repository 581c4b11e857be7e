// SPDX-License-Identifier: GPL-3.0-or-later
// What a save may change: the review's way through the organisation, reasons for overrides, who determines,
// and the engine's determinations, which follow the case until the review is determined.
#include "core/engine/evaluationresult.h"
#include "storage/reviewrules.h"

#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

const Actor nurse{u"Nurse Ada"_s, ReviewerRole::NurseReviewer, 1};
const Actor physician{u"Dr. Brook"_s, ReviewerRole::PhysicianAdvisor, 2};
const Actor office{u"Surgeon's office"_s, ReviewerRole::SurgeonsOffice, 3};
const Actor program = Actor::program(u"import"_s);

Review twoComponents(ReviewStatus status)
{
    Review review;
    review.ref = 7;
    review.criteriaId = u"reference"_s;
    review.criteriaVersion = u"2025.1"_s;
    review.criteriaSha256 = QString(64, u'a');
    review.status = status;
    review.components = {{Component::Decompression, Status::Met, std::nullopt, {}},
                         {Component::Fusion, Status::Incomplete, std::nullopt, {}}};
    review.rowVersion = 3;
    return review;
}

Review decided(ReviewStatus status, Status decompression, Status fusion, const QString& fusionReason = {})
{
    Review review = twoComponents(status);
    review.components[0].decision = decompression;
    review.components[1].decision = fusion;
    review.components[1].reason = fusionReason;
    return review;
}

// What the engine found for a case, under a criteria set that names itself like twoComponents' reviews.
EvaluationResult evaluation(const QList<std::pair<Component, Status>>& found)
{
    auto set = std::make_shared<CriteriaSet>();
    set->info.id = u"reference"_s;
    set->info.version = u"2025.1"_s;
    set->info.sha256 = QString(64, u'a');
    EvaluationResult result;
    result.criteriaSet = set;
    for (const auto& [component, status] : found) {
        ComponentOutcome outcome;
        outcome.component = component;
        outcome.status = status;
        result.components.push_back(std::move(outcome));
    }
    return result;
}

} // namespace

class TestReviewRules : public QObject
{
    Q_OBJECT

private slots:
    void transitions()
    {
        using S = ReviewStatus;
        const QList<std::pair<S, S>> allowed = {{S::Draft, S::InReview},
                                                {S::InReview, S::PhysicianAdvisor},
                                                {S::InReview, S::Determined},
                                                {S::PhysicianAdvisor, S::Determined},
                                                {S::PhysicianAdvisor, S::InReview}};
        for (S from : {S::Draft, S::InReview, S::PhysicianAdvisor, S::Determined}) {
            for (S to : {S::Draft, S::InReview, S::PhysicianAdvisor, S::Determined}) {
                const bool expected = allowed.contains({from, to});
                QVERIFY2(ReviewRules::canMove(from, to) == expected,
                         qPrintable(enumToString(from) + u" → "_s + enumToString(to)));
            }
        }
    }

    void overrideNeedsReason()
    {
        const Review stored = twoComponents(ReviewStatus::InReview);
        const Review blank = decided(ReviewStatus::InReview, Status::Met, Status::Met, u"   "_s);
        const StorageStatus refused = ReviewRules::checkSave(stored, blank, nurse);
        QVERIFY(refused);
        QCOMPARE(refused->kind, StorageError::Kind::Invalid);
        QVERIFY2(refused->message.contains(u"fusion is decided met where the engine found incomplete"_s),
                 qPrintable(refused->message));
        QVERIFY(!ReviewRules::checkSave(stored,
                                        decided(ReviewStatus::InReview, Status::Met, Status::Met,
                                                u"flexion-extension films in the appeal packet"_s),
                                        nurse));
        // Agreeing with the engine needs no reason.
        Review agree = twoComponents(ReviewStatus::InReview);
        agree.components[0].decision = Status::Met;
        QVERIFY(!ReviewRules::checkSave(stored, agree, nurse));
    }

    void skippingAheadIsRefused()
    {
        const Review stored = twoComponents(ReviewStatus::Draft);
        const Review determined = decided(ReviewStatus::Determined, Status::Met, Status::Met, u"films"_s);
        const StorageStatus refused = ReviewRules::checkSave(stored, determined, physician);
        QVERIFY(refused);
        QVERIFY(refused->message.contains(u"cannot go from draft to determined"_s));
    }

    void determinationDecidesEveryComponent()
    {
        const Review stored = twoComponents(ReviewStatus::InReview);
        Review partly = decided(ReviewStatus::Determined, Status::Met, Status::Met, u"films"_s);
        partly.components[1].decision.reset();
        StorageStatus refused = ReviewRules::checkSave(stored, partly, physician);
        QVERIFY(refused && refused->message.contains(u"fusion is not decided met or not met"_s));
        refused = ReviewRules::checkSave(stored, decided(ReviewStatus::Determined, Status::Met, Status::Incomplete),
                                         physician);
        QVERIFY(refused && refused->message.contains(u"fusion is not decided"_s));
    }

    void adverseDeterminationIsThePhysicians()
    {
        const Review stored = twoComponents(ReviewStatus::InReview);
        const Review denial = decided(ReviewStatus::Determined, Status::Met, Status::NotMet, u"no instability"_s);
        const StorageStatus refused = ReviewRules::checkSave(stored, denial, nurse);
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(u"adverse determination (fusion not met) is made by a physician advisor"_s),
                 qPrintable(refused->message));
        QVERIFY(refused->message.contains(u"Nurse Ada is a nurse reviewer"_s));
        QVERIFY(!ReviewRules::checkSave(stored, denial, physician));
        // A nurse reviewer may approve.
        QVERIFY(!ReviewRules::checkSave(stored, decided(ReviewStatus::Determined, Status::Met, Status::Met, u"films"_s),
                                        nurse));
        // A program determines nothing.
        QVERIFY(ReviewRules::checkSave(stored, decided(ReviewStatus::Determined, Status::Met, Status::Met, u"films"_s),
                                       program));
    }

    void determinedIsFinal()
    {
        const Review stored = decided(ReviewStatus::Determined, Status::Met, Status::Met, u"films"_s);
        Review changed = stored;
        changed.notes.append({u"fusion.instability"_s, Level::L5S1, u"late note"_s});
        const StorageStatus refused = ReviewRules::checkSave(stored, changed, physician);
        QVERIFY(refused && refused->message.contains(u"determination is final"_s));
        // Saving it unchanged is no change at all.
        QVERIFY(!ReviewRules::checkSave(stored, stored, physician));
    }

    void surgeonsOfficeReadsOnly()
    {
        const Review stored = twoComponents(ReviewStatus::InReview);
        Review noted = stored;
        noted.notes.append({u"fusion.instability"_s, std::nullopt, u"please reconsider"_s});
        const StorageStatus refused = ReviewRules::checkSave(stored, noted, office);
        QVERIFY(refused && refused->message.contains(u"does not decide"_s));
    }

    void engineFollowsTheCaseWhileOpen()
    {
        // Documentation arrived after a request for information: the engine's determinations change, and the
        // requested operation was edited (a component dropped, another added).
        for (ReviewStatus status : {ReviewStatus::Draft, ReviewStatus::InReview, ReviewStatus::PhysicianAdvisor}) {
            const Review stored = twoComponents(status);
            Review changed = stored;
            changed.components[1].engineStatus = Status::Met;
            QVERIFY(ReviewRules::changes(stored, changed));
            QVERIFY(ReviewRules::engineChanges(stored, changed));
            QVERIFY(!ReviewRules::checkSave(stored, changed, nurse));
            QVERIFY(!ReviewRules::checkSave(stored, changed, program));

            changed = stored;
            changed.components.removeLast();
            QVERIFY(ReviewRules::engineChanges(stored, changed));
            QVERIFY(!ReviewRules::checkSave(stored, changed, nurse));

            changed = stored;
            changed.components.append({Component::Interbody, Status::NotMet, std::nullopt, {}});
            QVERIFY(ReviewRules::engineChanges(stored, changed));
            QVERIFY(!ReviewRules::checkSave(stored, changed, physician));
        }
        // Decisions alone are not engine changes.
        const Review stored = twoComponents(ReviewStatus::InReview);
        QVERIFY(!ReviewRules::engineChanges(stored, decided(ReviewStatus::InReview, Status::Met, Status::Met, u"x"_s)));
    }

    void keptDecisionTheEngineNoLongerSharesNeedsItsReason()
    {
        Review stored = twoComponents(ReviewStatus::InReview);
        stored.components[0].decision = Status::Met; // agreed with the engine: no reason
        Review changed = stored;
        changed.components[0].engineStatus = Status::Incomplete;
        const StorageStatus refused = ReviewRules::checkSave(stored, changed, nurse);
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(u"decompression is decided met where the engine found incomplete"_s),
                 qPrintable(refused->message));
        changed.components[0].reason = u"operative note received by fax"_s;
        QVERIFY(!ReviewRules::checkSave(stored, changed, nurse));
    }

    void determinedRefusesEngineChanges()
    {
        const Review stored = decided(ReviewStatus::Determined, Status::Met, Status::Met, u"films"_s);
        Review changed = stored;
        changed.components[0].engineStatus = Status::NotMet;
        StorageStatus refused = ReviewRules::checkSave(stored, changed, physician);
        QVERIFY(refused && refused->message.contains(u"determination is final"_s));
        changed = stored;
        changed.components.removeLast();
        refused = ReviewRules::checkSave(stored, changed, physician);
        QVERIFY(refused && refused->message.contains(u"determination is final"_s));
        changed = stored;
        changed.components.append({Component::Bmp, Status::Met, Status::Met, {}});
        QVERIFY(ReviewRules::checkSave(stored, changed, program));
    }

    void criteriaSetIsFixed()
    {
        const Review stored = twoComponents(ReviewStatus::InReview);
        for (QString Review::*field : {&Review::criteriaId, &Review::criteriaVersion, &Review::criteriaSha256}) {
            Review changed = stored;
            changed.*field += u"-other"_s;
            const StorageStatus refused = ReviewRules::checkSave(stored, changed, physician);
            QVERIFY(refused);
            QVERIFY2(refused->message.contains(u"a review's criteria set is fixed"_s), qPrintable(refused->message));
        }
    }

    void componentListedTwiceIsRefused()
    {
        const Review stored = twoComponents(ReviewStatus::InReview);
        Review changed = stored;
        changed.components.append(changed.components.first());
        const StorageStatus refused = ReviewRules::checkSave(stored, changed, nurse);
        QVERIFY(refused && refused->message.contains(u"decompression is listed twice"_s));
    }

    void followEvaluationKeepsDecisionsOfComponentsStillRequested()
    {
        Review review = decided(ReviewStatus::InReview, Status::Met, Status::Met, u"films in the appeal"_s);
        const EvaluationResult result = evaluation({{Component::Instrumentation, Status::Incomplete},
                                                    {Component::Fusion, Status::NotMet},
                                                    {Component::Interbody, Status::Met}});
        QVERIFY(review.matchesCriteria(result));
        review.followEvaluation(result);
        QCOMPARE(review.components.size(), 3);
        // The result's order and statuses; fusion keeps its decision and reason; decompression is gone.
        QCOMPARE(review.components[0].component, Component::Instrumentation);
        QCOMPARE(review.components[0].engineStatus, Status::Incomplete);
        QVERIFY(!review.components[0].decision);
        QCOMPARE(review.components[1].component, Component::Fusion);
        QCOMPARE(review.components[1].engineStatus, Status::NotMet);
        QCOMPARE(review.components[1].decision, std::optional<Status>(Status::Met));
        QCOMPARE(review.components[1].reason, u"films in the appeal"_s);
        QCOMPARE(review.components[2].component, Component::Interbody);
        QVERIFY(review.components[2].reason.isEmpty());
        QVERIFY(!review.component(Component::Decompression));
    }

    void matchesCriteriaComparesTheWholeName()
    {
        const Review review = twoComponents(ReviewStatus::Draft);
        EvaluationResult result = evaluation({});
        QVERIFY(review.matchesCriteria(result));
        auto other = std::make_shared<CriteriaSet>(*result.criteriaSet);
        other->info.sha256 = QString(64, u'b');
        result.criteriaSet = other;
        QVERIFY(!review.matchesCriteria(result));
        result.criteriaSet.reset();
        QVERIFY(!review.matchesCriteria(result));
    }
};

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
