// SPDX-License-Identifier: GPL-3.0-or-later
// What a save may change: the review's way through the organisation, reasons for overrides, who determines.
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

    void engineResultsAreFixed()
    {
        const Review stored = twoComponents(ReviewStatus::InReview);
        Review changed = stored;
        changed.components[1].engineStatus = Status::Met;
        QVERIFY(ReviewRules::checkSave(stored, changed, physician));
        changed = stored;
        changed.components.removeLast();
        QVERIFY(ReviewRules::checkSave(stored, changed, physician));
    }
};

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
