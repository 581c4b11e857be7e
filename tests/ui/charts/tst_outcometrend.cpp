// SPDX-License-Identifier: GPL-3.0-or-later
// OutcomeTrendModel and OutcomeTrendChart: empty for the seed, then three (and four) dated scores.
#include "charts/outcometrendchart.h"
#include "chartsfixture.h"
#include "models/outcometrendmodel.h"

#include <QAbstractItemModelTester>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

OutcomeScore score(QDate date, std::optional<double> pain, std::optional<double> odi)
{
    OutcomeScore s;
    s.date = date;
    s.painScore = pain;
    s.odi = odi;
    return s;
}

} // namespace

class TestOutcomeTrend : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_fixture.load());
        m_model = std::make_unique<OutcomeTrendModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setCase(m_fixture.document->spineCase());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void emptyForTheSeed()
    {
        QCOMPARE(m_model->rowCount(), 0);
        OutcomeTrendChart chart(m_model.get());
        QCOMPARE(chart.objectName(), u"outcomeTrendChart"_s);
        QVERIFY(chart.isEmptyState());
        QCOMPARE(chart.chart()->title(), u"No dated outcome scores documented"_s);
        QCOMPARE(chart.painSeries()->count(), 0);
        QCOMPARE(chart.odiSeries()->count(), 0);
        QVERIFY(chart.accessibleName().contains(u"no dated outcome scores"_s));
        QVERIFY(testing::ChartsFixture::paintedPixels(&chart) > 100);
    }

    void threeScoresSortedByDate()
    {
        OutcomeTrendChart chart(m_model.get());
        m_fixture.document->edit(
            [](SpineCase& c) {
                c.symptoms->outcomeScores = QList<OutcomeScore>{
                    score(QDate(2025, 9, 1), 7, 52), score(QDate(2025, 3, 1), 5, 40), score(QDate(2025, 6, 1), 6, 46)};
            },
            u"symptoms.outcomeScores"_s);
        m_model->setCase(m_fixture.document->spineCase());
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(cell(0, OutcomeTrendModel::Column::Date).toString(), u"2025-03-01"_s);
        QCOMPARE(cell(2, OutcomeTrendModel::Column::Odi).toReal(), 52.0);
        QVERIFY(!chart.isEmptyState());
        QCOMPARE(chart.painSeries()->count(), 3);
        QCOMPARE(chart.odiSeries()->count(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(chart.painSeries()->at(row).x(), cell(row, OutcomeTrendModel::Column::Time).toReal());
            QCOMPARE(chart.painSeries()->at(row).y(), cell(row, OutcomeTrendModel::Column::Pain).toReal());
            QCOMPARE(chart.odiSeries()->at(row).y(), cell(row, OutcomeTrendModel::Column::Odi).toReal());
        }
        QCOMPARE(chart.painSeries()->at(0).x(), qreal(QDate(2025, 3, 1).startOfDay().toMSecsSinceEpoch()));
        QVERIFY(chart.accessibleName().contains(u"2025-03-01 pain 5, ODI 40"_s));
        QVERIFY(testing::ChartsFixture::paintedPixels(&chart) > 1000);

        // A score without an ODI adds a pain point only, never an ODI of 0.
        m_fixture.document->edit(
            [](SpineCase& c) { c.symptoms->outcomeScores->append(score(QDate(2025, 10, 1), 8, std::nullopt)); });
        m_model->setCase(m_fixture.document->spineCase());
        QCOMPARE(chart.painSeries()->count(), 4);
        QCOMPARE(chart.odiSeries()->count(), 3);

        m_fixture.document->replace(m_fixture.seed, {});
        m_model->setCase(m_fixture.document->spineCase());
        QVERIFY(chart.isEmptyState());
        QCOMPARE(chart.painSeries()->count(), 0);
    }

    void unchangedScoresSignalNothing()
    {
        m_fixture.document->edit(
            [](SpineCase& c) { c.symptoms->outcomeScores = QList<OutcomeScore>{score(QDate(2025, 9, 1), 7, 52)}; },
            u"symptoms.outcomeScores"_s);
        m_model->setCase(m_fixture.document->spineCase());
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_fixture.document->edit([](SpineCase& c) { c.symptoms->painScore = 3; }, u"symptoms.painScore"_s);
        m_model->setCase(m_fixture.document->spineCase());
        QCOMPARE(resets.count(), 0);
        m_fixture.document->edit([](SpineCase& c) { (*c.symptoms->outcomeScores)[0].odi = 50; });
        m_model->setCase(m_fixture.document->spineCase());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(cell(0, OutcomeTrendModel::Column::Odi).toReal(), 50.0);
    }

private:
    QVariant cell(int row, OutcomeTrendModel::Column column) const
    {
        return m_model->index(row, static_cast<int>(column)).data();
    }

    testing::ChartsFixture m_fixture;
    std::unique_ptr<OutcomeTrendModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace spinereview

QTEST_MAIN(spinereview::TestOutcomeTrend)
#include "tst_outcometrend.moc"
