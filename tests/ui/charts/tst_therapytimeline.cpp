// SPDX-License-Identifier: GPL-3.0-or-later
// TherapyTimelineModel and TherapyTimelineChart on the seed's five episodes.
#include "charts/therapytimelinechart.h"
#include "chartsfixture.h"
#include "models/therapytimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace spinereview {

class TestTherapyTimeline : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_fixture.load());
        m_model = std::make_unique<TherapyTimelineModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        refresh();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void seedEpisodes()
    {
        QCOMPARE(m_model->episodeCount(), 5);
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(m_model->reviewDate(), QDate(2025, 11, 17));
        QCOMPARE(m_model->weeksCounted(), std::optional<int>(40));
        QCOMPARE(m_model->requiredWindowStart(12), QDate(2025, 11, 17).addDays(-84));
        QCOMPARE(m_model->requiredWindowStart(6), QDate(2025, 11, 17).addDays(-42));
        // Lanes follow the format's enumeration: PT, activity modification, NSAID, gabapentinoid, ESI.
        QCOMPARE(m_model->laneCount(), 5);
        QCOMPARE(m_model->laneType(0), TherapyType::PhysicalTherapy);
        QCOMPARE(m_model->laneType(4), TherapyType::EpiduralSteroidInjection);

        struct Expected
        {
            QDate start;
            QDate end;
            TherapyType type;
        };
        const QList<Expected> expected = {
            {QDate(2025, 3, 3), QDate(2025, 5, 30), TherapyType::PhysicalTherapy},
            {QDate(2025, 2, 10), QDate(2025, 11, 17), TherapyType::ActivityModification}, // ongoing
            {QDate(2025, 2, 10), QDate(2025, 7, 15), TherapyType::Nsaid},
            {QDate(2025, 6, 12), QDate(2025, 8, 1), TherapyType::EpiduralSteroidInjection},
            {QDate(2025, 5, 1), QDate(2025, 11, 17), TherapyType::Gabapentinoid}, // ongoing
        };
        for (int n = 0; n < expected.size(); ++n) {
            QCOMPARE(m_model->laneType(m_model->episode(n).lane), expected[n].type);
            const qreal lane = m_model->episode(n).lane;
            QCOMPARE(time(2 * n), qreal(expected[n].start.startOfDay().toMSecsSinceEpoch()));
            QCOMPARE(time(2 * n + 1), qreal(expected[n].end.startOfDay().toMSecsSinceEpoch()));
            QCOMPARE(cell(2 * n, TherapyTimelineModel::Column::Lane).toReal(), lane);
            QCOMPARE(cell(2 * n + 1, TherapyTimelineModel::Column::Lane).toReal(), lane);
        }
        QVERIFY(m_model->episode(1).ongoing);
        QVERIFY(!m_model->episode(0).ongoing);
        QCOMPARE(cell(3, TherapyTimelineModel::Column::Date).toString(), u"2025-11-17"_s);
    }

    void chartMatchesModel()
    {
        TherapyTimelineChart chart(m_model.get());
        QCOMPARE(chart.objectName(), u"therapyTimelineChart"_s);
        verifySeries(chart);
        QCOMPARE(chart.chart()->title(), u"Conservative care: 40 weeks counted"_s);
        const QDateTime review = QDate(2025, 11, 17).startOfDay();
        QCOMPARE(chart.reviewDateSeries()->at(0).x(), qreal(review.toMSecsSinceEpoch()));
        QLineSeries* twelve = chart.requiredWindowSeries(12);
        QVERIFY(twelve);
        QCOMPARE(twelve->name(), u"12 weeks required"_s);
        QCOMPARE(twelve->count(), 2);
        QCOMPARE(twelve->at(0).x(), qreal(QDate(2025, 11, 17).addDays(-84).startOfDay().toMSecsSinceEpoch()));
        QCOMPARE(twelve->at(1).x(), twelve->at(0).x());
        QCOMPARE(chart.requiredWindowSeries(6)->at(0).x(),
                 qreal(QDate(2025, 11, 17).addDays(-42).startOfDay().toMSecsSinceEpoch()));
        QVERIFY(chart.accessibleName().startsWith(u"Therapy timeline: physical therapy 2025-03-03 to 2025-05-30, "_s));
        QVERIFY(chart.accessibleName().contains(u"activity modification 2025-02-10 to 2025-11-17 (ongoing)"_s));
        QVERIFY(testing::ChartsFixture::paintedPixels(&chart) > 1000);
    }

    void followsEditsAndReplacement()
    {
        TherapyTimelineChart chart(m_model.get());
        m_fixture.document->edit([](SpineCase& c) { (*c.conservativeTherapy)[0].end = QDate(2025, 6, 30); },
                                 u"conservativeTherapy[0].end"_s);
        refresh();
        QCOMPARE(time(1), qreal(QDate(2025, 6, 30).startOfDay().toMSecsSinceEpoch()));
        verifySeries(chart);

        m_fixture.document->edit([](SpineCase& c) { c.conservativeTherapy->removeAt(3); });
        refresh();
        QCOMPARE(m_model->episodeCount(), 4);
        QCOMPARE(m_model->laneCount(), 4);
        verifySeries(chart);

        SpineCase bare = m_fixture.seed;
        bare.conservativeTherapy.reset();
        m_fixture.document->replace(bare, {});
        refresh();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->weeksCounted(), std::nullopt);
        verifySeries(chart);
        QVERIFY(chart.chart()->title().contains(u"no dated therapy"_s));
        QVERIFY(testing::ChartsFixture::paintedPixels(&chart) > 100);

        m_fixture.document->replace(m_fixture.seed, {});
        refresh();
        QCOMPARE(m_model->episodeCount(), 5);
        verifySeries(chart);
    }

    void unchangedTimelineSignalsNothing()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        // An edit elsewhere in the case (the pain score) leaves the timeline as drawn.
        m_fixture.document->edit([](SpineCase& c) { c.symptoms->painScore = 3; }, u"symptoms.painScore"_s);
        refresh();
        QCOMPARE(resets.count(), 0);
        m_fixture.document->edit([](SpineCase& c) { (*c.conservativeTherapy)[0].end = QDate(2025, 6, 30); },
                                 u"conservativeTherapy[0].end"_s);
        refresh();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(time(1), qreal(QDate(2025, 6, 30).startOfDay().toMSecsSinceEpoch()));
        // Another review date moves ongoing care and the required window: a new timeline.
        m_model->setCase(m_fixture.document->spineCase(), m_fixture.evaluation->reviewDate().addDays(1));
        QCOMPARE(resets.count(), 2);
    }

private:
    void refresh() { m_model->setCase(m_fixture.document->spineCase(), m_fixture.evaluation->reviewDate()); }

    QVariant cell(int row, TherapyTimelineModel::Column column) const
    {
        return m_model->index(row, static_cast<int>(column)).data();
    }
    qreal time(int row) const { return cell(row, TherapyTimelineModel::Column::Time).toReal(); }

    void verifySeries(const TherapyTimelineChart& chart) const
    {
        const QList<QLineSeries*> series = chart.episodeSeries();
        QCOMPARE(series.size(), m_model->episodeCount());
        // The episodes, the three marker lines and the shaded window.
        QCOMPARE(chart.chart()->series().size(), m_model->episodeCount() + 4);
        for (int n = 0; n < series.size(); ++n) {
            QCOMPARE(series[n]->count(), TherapyTimelineModel::kRowsPerEpisode);
            for (int point = 0; point < TherapyTimelineModel::kRowsPerEpisode; ++point) {
                const int row = n * TherapyTimelineModel::kRowsPerEpisode + point;
                QCOMPARE(series[n]->at(point).x(), time(row));
                QCOMPARE(series[n]->at(point).y(), cell(row, TherapyTimelineModel::Column::Lane).toReal());
            }
            QCOMPARE(series[n]->pen().width(), TherapyTimelineChart::kEpisodeWidth);
        }
    }

    testing::ChartsFixture m_fixture;
    std::unique_ptr<TherapyTimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace spinereview

QTEST_MAIN(spinereview::TestTherapyTimeline)
#include "tst_therapytimeline.moc"
