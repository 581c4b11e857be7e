// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardView on a real SQLite database: the determinations chart's bar sets hold the counts the repository
// returns for determined reviews, of every component or of the one chosen; the turnaround chart shows on-time
// and late determinations, open reviews against the clock and mean hours beside the clock; the open reviews
// by status; storage errors kept, not thrown. The models are checked with QAbstractItemModelTester.
#include "charts/dashboardview.h"
#include "charts/determinationschart.h"
#include "charts/determinationsmodel.h"
#include "charts/openreviewsmodel.h"
#include "charts/turnaroundchart.h"
#include "charts/turnaroundmodel.h"
#include "chartsfixture.h"
#include "storage/turnaroundclock.h"
#include "worklistfixture.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

QDateTime utc(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<testing::WorklistFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
        m_fixture->addReviewers();
        // A: expedited, due 5 March 08:00, approved on the 4th at 10:00 — 50 hours, on time.
        determine(add(u"A"_s, u"expedited"_s, u"2026-03-02T08:00:00Z"_s), utc(3, 4, 10), true);
        // B: standard, due 9 March 08:00, decided adversely on the 10th at 08:00 — 192 hours, late.
        determine(add(u"B"_s, u"standard"_s, u"2026-03-02T08:00:00Z"_s), utc(3, 10, 8), false);
        // C: standard, due 10 March, still in review on the 12th: overdue.
        m_fixture->moveTo(add(u"C"_s, u"standard"_s, u"2026-03-03T00:00:00Z"_s), ReviewStatus::InReview,
                          m_fixture->nurse());
        // D: expedited, due 14 March, a draft: within its clock.
        add(u"D"_s, u"expedited"_s, u"2026-03-11T00:00:00Z"_s);
        m_fixture->setClock(m_now);

        m_view = std::make_unique<DashboardView>(m_fixture->database());
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
                 m_view->determinationsModel(), m_view->turnaroundModel(), m_view->openReviewsModel()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        m_view->setPeriod(DashboardRepository::Period::Week);
        m_view->setRangeDays(30);
        m_view->resize(1280, 520);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_testers.clear();
        m_view.reset();
        m_fixture.reset();
    }

    void determinationsHoldTheRepositoryCounts()
    {
        // Thirty days up to Thursday 12 March: the weeks from Monday 9 February.
        const DeterminationsModel* model = m_view->determinationsModel();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->periodStart(0), QDate(2026, 2, 9));
        QCOMPARE(model->periodStart(4), QDate(2026, 3, 9));
        QCOMPARE(model->headerData(3, Qt::Vertical).toString(), u"2026-03-02"_s);
        const QList<DeterminationCount> stored =
            DashboardRepository(m_fixture->database())
                .determinations(QDate(2026, 2, 11), QDate(2026, 3, 13), DashboardRepository::Period::Week)
                .value();
        verifySets(stored, std::nullopt);
        // Every component of A met in its week; B: decompression met, the other seven not met.
        QCOMPARE(model->count(3, Status::Met), 8);
        QCOMPARE(model->count(4, Status::Met), 1);
        QCOMPARE(model->count(4, Status::NotMet), 7);
        QCOMPARE(model->total(Status::Incomplete), 0);

        const DeterminationsChart* chart = m_view->determinationsChart();
        QCOMPARE(chart->periodAxis()->categories().size(), 5);
        QVERIFY(chart->periodAxis()->titleText().contains(u"Week"_s));
        QCOMPARE(chart->countAxis()->titleText(), u"Component decisions"_s);
        QVERIFY(chart->chart()->title().contains(u"all components"_s));
        QVERIFY2(chart->accessibleName().contains(u"2026-03-09: 1 met, 7 not met"_s),
                 qPrintable(chart->accessibleName()));
    }

    void componentSelectorChangesTheCounts()
    {
        auto* selector = m_view->findChild<QComboBox*>(u"componentChoice"_s);
        QVERIFY(selector);
        QCOMPARE(selector->currentText(), u"All components"_s);
        QSignalSpy chosen(m_view.get(), &DashboardView::choicesChanged);
        selector->setCurrentIndex(selector->findText(u"Fusion"_s));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(m_view->component(), std::optional<Component>(Component::Fusion));

        const QList<DeterminationCount> stored =
            DashboardRepository(m_fixture->database())
                .determinations(QDate(2026, 2, 11), QDate(2026, 3, 13), DashboardRepository::Period::Week)
                .value();
        verifySets(stored, Component::Fusion);
        const DeterminationsModel* model = m_view->determinationsModel();
        QCOMPARE(model->count(3, Status::Met), 1);
        QCOMPARE(model->count(4, Status::Met), 0);
        QCOMPARE(model->count(4, Status::NotMet), 1);
        const DeterminationsChart* chart = m_view->determinationsChart();
        QCOMPARE(chart->countAxis()->titleText(), u"Reviews decided"_s);
        QVERIFY(chart->chart()->title().contains(u"Fusion"_s));

        selector->setCurrentIndex(selector->findText(u"Decompression"_s));
        QCOMPARE(model->count(4, Status::Met), 1);
        QCOMPARE(model->count(4, Status::NotMet), 0);
    }

    void periodAndRangeReadAgain()
    {
        auto* period = m_view->findChild<QComboBox*>(u"periodChoice"_s);
        period->setCurrentIndex(period->findText(u"Month"_s));
        const DeterminationsModel* model = m_view->determinationsModel();
        QCOMPARE(model->rowCount(), 2); // February (from the 11th) and March
        QCOMPARE(model->headerData(1, Qt::Vertical).toString(), u"2026-03"_s);
        QCOMPARE(model->count(1, Status::Met), 9);
        QCOMPARE(model->count(1, Status::NotMet), 7);

        auto* range = m_view->findChild<QComboBox*>(u"rangeChoice"_s);
        range->setCurrentIndex(range->findText(u"Last 365 days"_s));
        QCOMPARE(m_view->rangeDays(), 365);
        QCOMPARE(model->rowCount(), 13); // March 2025 to March 2026
        QCOMPARE(model->count(12, Status::Met), 9);

        period->setCurrentIndex(period->findText(u"Day"_s));
        QCOMPARE(model->rowCount(), 365);
        QCOMPARE(model->periodStart(364), QDate(2026, 3, 12));
        QCOMPARE(model->count(model->rowCount() - 9, Status::Met), 8); // the 4th
    }

    void turnaroundShowsOnTimeAndLate()
    {
        const TurnaroundModel* model = m_view->turnaroundModel();
        QCOMPARE(model->rowCount(), 2);
        const int expedited = model->rowOf(Urgency::Expedited);
        const int standard = model->rowOf(Urgency::Standard);
        QCOMPARE(expedited, 0);
        QCOMPARE(standard, 1);

        const TurnaroundChart* chart = m_view->turnaroundChart();
        QCOMPARE(chart->urgencyAxis()->categories(), (QStringList{u"Expedited"_s, u"Standard"_s}));
        const QList<QBarSet*> sets = chart->countSeries()->barSets();
        QCOMPARE(sets.size(), 4);
        QCOMPARE(sets[0]->label(), u"Decided on time"_s);
        QCOMPARE(sets[1]->label(), u"Decided late"_s);
        QCOMPARE(sets[2]->label(), u"Open, overdue"_s);
        QCOMPARE(sets[3]->label(), u"Open, in time"_s);
        QCOMPARE(sets[0]->at(expedited), 1.0);
        QCOMPARE(sets[1]->at(expedited), 0.0);
        QCOMPARE(sets[0]->at(standard), 0.0);
        QCOMPARE(sets[1]->at(standard), 1.0);
        QCOMPARE(sets[2]->at(standard), 1.0);
        QCOMPARE(sets[3]->at(expedited), 1.0);

        // Mean hours beside the clock, both on the right axis, either side of their urgency's centre.
        constexpr double offset = TurnaroundModel::kMarkerOffset;
        const QList<QPointF> means = chart->meanHoursSeries()->points();
        QCOMPARE(means, (QList<QPointF>{{0 - offset, 50}, {1 - offset, 192}}));
        const QList<QPointF> clocks = chart->clockSeries()->points();
        QCOMPARE(clocks, (QList<QPointF>{{0 + offset, TurnaroundClock::expeditedHours},
                                         {1 + offset, TurnaroundClock::standardCalendarDays * 24}}));
        QCOMPARE(chart->meanHoursSeries()->name(), u"Mean hours"_s);
        QCOMPARE(chart->clockSeries()->name(), u"Clock hours"_s);
        QVERIFY2(chart->accessibleName().contains(u"Expedited: 1 determined on time, 0 late, mean 50.0 hours against a "
                                                  u"72-hour clock"_s),
                 qPrintable(chart->accessibleName()));
        QVERIFY(testing::ChartsFixture::paintedPixels(m_view.get(), {1280, 520}) > 1000);
    }

    void anUrgencyWithNothingDeterminedHasNoMean()
    {
        TurnaroundModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        TurnaroundSummary standard;
        standard.urgency = Urgency::Standard;
        standard.openOverdue = 2;
        TurnaroundSummary unstated;
        unstated.determined = 1;
        unstated.late = 1;
        unstated.meanHours = 200;
        model.setSummaries({standard, unstated});
        QCOMPARE(model.rowCount(), 3); // expedited and standard always, and the requests that state none
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), u"Not stated"_s);
        QCOMPARE(model.headerData(2, Qt::Vertical, Qt::ToolTipRole).toString(), u"Not stated (standard clock)"_s);
        QVERIFY(!model.index(0, int(TurnaroundModel::Column::MeanHours)).data().isValid());
        QCOMPARE(model.index(2, int(TurnaroundModel::Column::MeanHours)).data().toDouble(), 200.0);
        QCOMPARE(model.index(2, int(TurnaroundModel::Column::ClockHours)).data().toInt(), 168);
        TurnaroundChart chart(&model);
        QCOMPARE(chart.meanHoursSeries()->points(), (QList<QPointF>{{2 - TurnaroundModel::kMarkerOffset, 200}}));
        QCOMPARE(chart.clockSeries()->count(), 3);
    }

    void openReviewsByStatus()
    {
        const OpenReviewsModel* open = m_view->openReviewsModel();
        QCOMPARE(open->rowCount(), 3);
        QCOMPARE(open->index(0, 0).data().toString(), u"Draft"_s);
        QCOMPARE(open->counts(0).count, 1);
        QCOMPARE(open->index(0, int(OpenReviewsModel::Column::Overdue)).data().toString(), u"none overdue"_s);
        QCOMPARE(open->index(1, 0).data().toString(), u"In review"_s);
        QCOMPARE(open->counts(1).count, 1);
        QCOMPARE(open->index(1, int(OpenReviewsModel::Column::Overdue)).data().toString(), u"1 overdue"_s);
        QVERIFY(!open->index(1, int(OpenReviewsModel::Column::Overdue)).data(Qt::DecorationRole).isNull());
        QCOMPARE(open->counts(2).count, 0);
    }

    void storageErrorsAreKept()
    {
        QSignalSpy errors(m_view.get(), &DashboardView::lastErrorChanged);
        QVERIFY(m_fixture->breakReviews());
        m_view->refresh();
        QCOMPARE(errors.count(), 1);
        QVERIFY(m_view->lastError().contains(u"reviews"_s));
        // What was read before stays.
        QCOMPARE(m_view->determinationsModel()->count(3, Status::Met), 8);
        QVERIFY(m_fixture->repairReviews());
        m_view->refresh();
        QCOMPARE(errors.count(), 2);
        QVERIFY(m_view->lastError().isEmpty());
    }

private:
    Review add(const QString& caseId, const QString& urgency, const QString& receivedAt)
    {
        m_fixture->setClock(QDateTime::fromString(receivedAt, Qt::ISODate));
        const qint64 ref = m_fixture->add({{caseId, {}, {}, urgency, receivedAt}});
        return m_fixture->storage().reviews().find(ref).value();
    }

    void determine(const Review& review, const QDateTime& at, bool approve)
    {
        m_fixture->setClock(at);
        m_fixture->moveTo(review, ReviewStatus::Determined, m_fixture->physician(), approve);
    }

    // The chart's sets against the repository's counts summed per week, of one component or all.
    void verifySets(const QList<DeterminationCount>& stored, std::optional<Component> component) const
    {
        const DeterminationsModel* model = m_view->determinationsModel();
        const QList<QBarSet*> sets = m_view->determinationsChart()->series()->barSets();
        QCOMPARE(sets.size(), 3);
        QCOMPARE(sets[0]->label(), u"Met"_s);
        QCOMPARE(sets[1]->label(), u"Not met"_s);
        QCOMPARE(sets[2]->label(), u"Incomplete"_s);
        const QList<Status> order = {Status::Met, Status::NotMet, Status::Incomplete};
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < 3; ++column) {
                qint64 expected = 0;
                for (const DeterminationCount& each : stored) {
                    if (each.periodStart == model->periodStart(row) && each.decision == order[column] &&
                        (!component || each.component == *component))
                        expected += each.count;
                }
                QCOMPARE(sets[column]->at(row), qreal(expected));
                QCOMPARE(model->count(row, order[column]), expected);
            }
        }
    }

    const QDateTime m_now = utc(3, 12, 12);
    std::unique_ptr<testing::WorklistFixture> m_fixture;
    std::unique_ptr<DashboardView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

} // namespace spinereview

QTEST_MAIN(spinereview::TestDashboardView)
#include "tst_dashboardview.moc"
