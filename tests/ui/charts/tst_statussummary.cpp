// SPDX-License-Identifier: GPL-3.0-or-later
// StatusSummaryModel and StatusSummaryChart on the seed's reference-set evaluation.
#include "charts/statussummarychart.h"
#include "chartsfixture.h"
#include "core/engine/evaluator.h"
#include "models/statussummarymodel.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace spinereview {

class TestStatusSummary : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_fixture.load());
        m_model = std::make_unique<StatusSummaryModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        const CriteriaSetPtr reference = m_fixture.evaluation->catalog().find(u"reference"_s);
        QVERIFY(reference);
        m_result = Evaluator::evaluate(m_fixture.seed, reference, *m_fixture.seed.reviewDate);
        m_model->setResult(m_result);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void countsPerComponent()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(m_fixture.seed.request.components.size()));
        QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), u"Met"_s);
        QCOMPARE(m_model->headerData(1, Qt::Vertical).toString(), u"Not met"_s);
        QCOMPARE(m_model->headerData(2, Qt::Vertical).toString(), u"Incomplete"_s);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Decompression"_s);

        // The seed requests one level, L5-S1.
        QCOMPARE(countOf(Component::Decompression, Status::Met), 1);
        QCOMPARE(countOf(Component::Fusion, Status::Incomplete), 1);
        QCOMPARE(countOf(Component::Fusion, Status::Met), 0);
        QCOMPARE(countOf(Component::BoneMarrowAspirate, Status::NotMet), 1);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const ComponentOutcome* outcome = m_result.component(m_model->component(column));
            QVERIFY(outcome);
            QCOMPARE(m_model->count(column, outcome->status), 1);
            int total = 0;
            for (int row = 0; row < 3; ++row)
                total += m_model->index(row, column).data().toInt();
            QCOMPARE(total, 1);
        }
    }

    void chartMatchesModel()
    {
        StatusSummaryChart chart(m_model.get());
        verifyChart(chart);
        QVERIFY(chart.accessibleName().startsWith(u"Status summary: Decompression: 1 met; Fusion: 1 incomplete"_s));
        QVERIFY(chart.accessibleName().contains(u"Bone marrow aspirate: 1 not met"_s));
        QVERIFY(testing::ChartsFixture::paintedPixels(&chart) > 1000);

        // Fewer components: the mapper rebuilds its sets and the axis follows.
        EvaluationResult fewer = m_result;
        fewer.components.resize(2);
        m_model->setResult(fewer);
        verifyChart(chart);
        m_model->setResult(EvaluationResult{});
        QCOMPARE(m_model->columnCount(), 0);
        QCOMPARE(chart.componentAxis()->count(), 0);
        m_model->setResult(m_result);
        verifyChart(chart);
    }

    void signalsOnlyWhatChanged()
    {
        StatusSummaryChart chart(m_model.get());
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);

        // The same evaluation again (most keystrokes): nothing to redraw.
        m_model->setResult(m_result);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 0);

        // Fusion turns met: the same components, so the counts change in place and the chart follows.
        EvaluationResult fusionMet = m_result;
        for (ComponentOutcome& outcome : fusionMet.components) {
            if (outcome.component == Component::Fusion)
                outcome.levels.front().second = Status::Met;
        }
        m_model->setResult(fusionMet);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(countOf(Component::Fusion, Status::Met), 1);
        QCOMPARE(countOf(Component::Fusion, Status::Incomplete), 0);
        verifyChart(chart);
        QVERIFY(chart.accessibleName().contains(u"Fusion: 1 met"_s));

        // Another set of components is a new table.
        EvaluationResult fewer = m_result;
        fewer.components.resize(2);
        m_model->setResult(fewer);
        QCOMPARE(resets.count(), 1);
        verifyChart(chart);
    }

private:
    int countOf(Component component, Status status) const
    {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (m_model->component(column) == component)
                return m_model->count(column, status);
        }
        return -1;
    }

    void verifyChart(const StatusSummaryChart& chart) const
    {
        QCOMPARE(chart.objectName(), u"statusSummaryChart"_s);
        const QList<QBarSet*> sets = chart.series()->barSets();
        QCOMPARE(sets.size(), 3);
        QCOMPARE(sets[0]->label(), u"Met"_s);
        QCOMPARE(sets[1]->label(), u"Not met"_s);
        QCOMPARE(sets[2]->label(), u"Incomplete"_s);
        QCOMPARE(chart.componentAxis()->count(), m_model->columnCount());
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(sets[row]->count(), m_model->columnCount());
            for (int column = 0; column < m_model->columnCount(); ++column)
                QCOMPARE(sets[row]->at(column), m_model->index(row, column).data().toReal());
        }
        for (int column = 0; column < m_model->columnCount(); ++column)
            QCOMPARE(chart.componentAxis()->at(column), m_model->headerData(column, Qt::Horizontal).toString());
    }

    testing::ChartsFixture m_fixture;
    EvaluationResult m_result;
    std::unique_ptr<StatusSummaryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace spinereview

QTEST_MAIN(spinereview::TestStatusSummary)
#include "tst_statussummary.moc"
