// SPDX-License-Identifier: GPL-3.0-or-later
// The turnaround clocks of CMS-0057-F: expedited 72 hours, standard 7 calendar days, from receipt.
#include "storage/turnaroundclock.h"

#include <QTest>
#include <QTimeZone>

using namespace spinereview;
using namespace Qt::StringLiterals;

class TestTurnaroundClock : public QObject
{
    Q_OBJECT

private slots:
    void expeditedIsSeventyTwoHours()
    {
        const QDateTime received = QDateTime::fromString(u"2026-03-06T16:30:00-05:00"_s, Qt::ISODate);
        const auto due = TurnaroundClock::dueAt(Urgency::Expedited, received);
        QVERIFY(due);
        QCOMPARE(received.secsTo(*due), 72 * 3600);
        QCOMPARE(due->toUTC(), QDateTime(QDate(2026, 3, 9), QTime(21, 30), Qt::UTC));
    }

    void standardIsSevenCalendarDays()
    {
        const QDateTime received = QDateTime::fromString(u"2026-01-30T08:15:00+01:00"_s, Qt::ISODate);
        const auto due = TurnaroundClock::dueAt(Urgency::Standard, received);
        QVERIFY(due);
        QCOMPARE(due->date(), QDate(2026, 2, 6));
        QCOMPARE(due->time(), QTime(8, 15));
        QCOMPARE(due->offsetFromUtc(), 3600);
    }

    void standardCountsCalendarDaysAcrossDaylightSaving()
    {
        // A receipt written in a zone with daylight saving: 7 calendar days, the same clock time, which is
        // 167 hours across the spring change in New York (8 March 2026).
        const QDateTime received(QDate(2026, 3, 5), QTime(9, 0), QTimeZone("America/New_York"));
        const auto due = TurnaroundClock::dueAt(Urgency::Standard, received);
        QVERIFY(due);
        QCOMPARE(due->date(), QDate(2026, 3, 12));
        QCOMPARE(due->time(), QTime(9, 0));
        QCOMPARE(received.secsTo(*due), 167 * 3600);
    }

    void unstatedUrgencyRunsOnTheStandardClock()
    {
        const QDateTime received(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(TurnaroundClock::dueAt(std::nullopt, received), TurnaroundClock::dueAt(Urgency::Standard, received));
    }

    void noReceiptNoClock()
    {
        QVERIFY(!TurnaroundClock::dueAt(Urgency::Expedited, std::nullopt));
        QVERIFY(!TurnaroundClock::dueAt(Urgency::Standard, QDateTime()));
    }

    void overdue_data()
    {
        QTest::addColumn<int>("minutesPastDue");
        QTest::addColumn<ReviewStatus>("status");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("in review, a minute late") << 1 << ReviewStatus::InReview << true;
        QTest::newRow("draft, a minute late") << 1 << ReviewStatus::Draft << true;
        QTest::newRow("with the advisor, late") << 600 << ReviewStatus::PhysicianAdvisor << true;
        QTest::newRow("exactly due") << 0 << ReviewStatus::InReview << false;
        QTest::newRow("before due") << -1 << ReviewStatus::InReview << false;
        QTest::newRow("determined late is not overdue") << 600 << ReviewStatus::Determined << false;
    }

    void overdue()
    {
        QFETCH(int, minutesPastDue);
        QFETCH(ReviewStatus, status);
        QFETCH(bool, overdue);
        const QDateTime due(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
        QCOMPARE(TurnaroundClock::isOverdue(due, status, due.addSecs(minutesPastDue * 60)), overdue);
        QVERIFY(!TurnaroundClock::isOverdue(std::nullopt, status, due.addDays(30)));
    }
};

QTEST_GUILESS_MAIN(TestTurnaroundClock)
#include "tst_turnaroundclock.moc"
