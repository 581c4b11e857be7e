// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard aggregates on both back ends: determinations by component and decision per day, week and month;
// open reviews by status; turnaround against the clock per urgency.
#include "storage/dashboardrepository.h"
#include "storagefixture.h"

#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestDashboardRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<StorageFixture> m_fixture;
    Actor m_physician;
    const QDateTime m_now = utc(3, 12, 12);

    Review add(const QString& caseId, const QString& urgency, const QString& receivedAt)
    {
        return m_fixture->importWithReview(StorageFixture::caseDocument({caseId, {}, {}, urgency, receivedAt})).second;
    }

    void determine(Review review, const QDateTime& at, bool approve)
    {
        review.status = ReviewStatus::InReview;
        review = m_fixture->reviews().save(review, m_physician).value();
        for (ComponentDecision& decision : review.components) {
            decision.decision =
                approve || decision.component == Component::Decompression ? Status::Met : Status::NotMet;
            if (decision.overridesEngine())
                decision.reason = u"reviewed"_s;
        }
        review.status = ReviewStatus::Determined;
        m_fixture->database().setClock([at] { return at; });
        StorageResult<Review> saved = m_fixture->reviews().save(review, m_physician);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        m_fixture->database().setClock([] { return QDateTime::currentDateTimeUtc(); });
    }

    static qint64 count(const QList<DeterminationCount>& counts, QDate period, Component component, Status decision)
    {
        for (const DeterminationCount& each : counts) {
            if (each.periodStart == period && each.component == component && each.decision == decision)
                return each.count;
        }
        return 0;
    }

private slots:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        m_fixture = std::make_unique<StorageFixture>(TestDatabase::currentBackend());
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_physician = m_fixture->addReviewer(u"Dr. Brook"_s, ReviewerRole::PhysicianAdvisor);
        // A: expedited, due 5 March 08:00, approved on the 4th at 10:00 — 50 hours, on time.
        determine(add(u"A"_s, u"expedited"_s, u"2026-03-02T08:00:00Z"_s), utc(3, 4, 10), true);
        // B: standard, due 9 March 08:00, decided on the 10th at 08:00 — 192 hours, late.
        determine(add(u"B"_s, u"standard"_s, u"2026-03-02T08:00:00Z"_s), utc(3, 10, 8), false);
        // C: standard, due 10 March, still in review on the 12th: overdue.
        Review c = add(u"C"_s, u"standard"_s, u"2026-03-03T00:00:00Z"_s);
        c.status = ReviewStatus::InReview;
        QVERIFY(m_fixture->reviews().save(c, m_physician).ok());
        // D: expedited, due 14 March, a draft: within its clock.
        add(u"D"_s, u"expedited"_s, u"2026-03-11T00:00:00Z"_s);
    }

    void cleanup() { m_fixture.reset(); }

    void determinationsByDay()
    {
        StorageResult<QList<DeterminationCount>> counts =
            DashboardRepository(m_fixture->database())
                .determinations(QDate(2026, 3, 1), QDate(2026, 4, 1), DashboardRepository::Period::Day);
        QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().message));
        QCOMPARE(count(counts.value(), QDate(2026, 3, 4), Component::Fusion, Status::Met), 1);
        QCOMPARE(count(counts.value(), QDate(2026, 3, 4), Component::Decompression, Status::Met), 1);
        QCOMPARE(count(counts.value(), QDate(2026, 3, 10), Component::Fusion, Status::NotMet), 1);
        QCOMPARE(count(counts.value(), QDate(2026, 3, 10), Component::Decompression, Status::Met), 1);
        QCOMPARE(count(counts.value(), QDate(2026, 3, 10), Component::Fusion, Status::Met), 0);
        qint64 total = 0;
        for (const DeterminationCount& each : counts.value())
            total += each.count;
        QCOMPARE(total, 16); // two reviews of eight components
    }

    void determinationsByWeekAndMonth()
    {
        const DashboardRepository dashboard(m_fixture->database());
        const QList<DeterminationCount> weeks =
            dashboard.determinations(QDate(2026, 3, 1), QDate(2026, 4, 1), DashboardRepository::Period::Week).value();
        QCOMPARE(count(weeks, QDate(2026, 3, 2), Component::Fusion, Status::Met), 1);    // Wednesday the 4th
        QCOMPARE(count(weeks, QDate(2026, 3, 9), Component::Fusion, Status::NotMet), 1); // Tuesday the 10th
        const QList<DeterminationCount> months =
            dashboard.determinations(QDate(2026, 3, 1), QDate(2026, 4, 1), DashboardRepository::Period::Month).value();
        QCOMPARE(count(months, QDate(2026, 3, 1), Component::Decompression, Status::Met), 2);
        QCOMPARE(count(months, QDate(2026, 3, 1), Component::Bmp, Status::NotMet), 1);
        // Outside the period: nothing.
        QVERIFY(dashboard.determinations(QDate(2026, 3, 5), QDate(2026, 3, 10), DashboardRepository::Period::Day)
                    .value()
                    .isEmpty());
    }

    void openReviewsByStatus()
    {
        const QList<StatusCount> counts = DashboardRepository(m_fixture->database()).openByStatus(m_now).value();
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts[0].status, ReviewStatus::Draft);
        QCOMPARE(counts[0].count, 1);
        QCOMPARE(counts[0].overdue, 0);
        QCOMPARE(counts[1].status, ReviewStatus::InReview);
        QCOMPARE(counts[1].overdue, 1);
    }

    void turnaroundAgainstTheClock()
    {
        const QList<TurnaroundSummary> summaries =
            DashboardRepository(m_fixture->database()).turnaround(QDate(2026, 3, 1), QDate(2026, 4, 1), m_now).value();
        QCOMPARE(summaries.size(), 2);
        const TurnaroundSummary& standard = summaries[0];
        const TurnaroundSummary& expedited = summaries[1];
        QCOMPARE(standard.urgency, std::optional<Urgency>(Urgency::Standard));
        QCOMPARE(standard.determined, 1);
        QCOMPARE(standard.late, 1);
        QCOMPARE(standard.onTime, 0);
        QCOMPARE(standard.meanHours, 192.0);
        QCOMPARE(standard.openOverdue, 1);
        QCOMPARE(expedited.urgency, std::optional<Urgency>(Urgency::Expedited));
        QCOMPARE(expedited.determined, 1);
        QCOMPARE(expedited.onTime, 1);
        QCOMPARE(expedited.meanHours, 50.0);
        QCOMPARE(expedited.maxHours, 50.0);
        QCOMPARE(expedited.openWithinClock, 1);
        QCOMPARE(expedited.openOverdue, 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardRepository)
#include "tst_dashboardrepository.moc"
