// SPDX-License-Identifier: GPL-3.0-or-later
// ChartsPanel: three tabs that follow the document and the evaluation.
#include "charts/chartspanel.h"
#include "charts/outcometrendchart.h"
#include "charts/statussummarychart.h"
#include "charts/therapytimelinechart.h"
#include "chartsfixture.h"
#include "models/outcometrendmodel.h"
#include "models/statussummarymodel.h"
#include "models/therapytimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QLineSeries>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace spinereview {

class TestChartsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.load()); }

    void tabsAndNames()
    {
        ChartsPanel panel(*m_fixture.document, *m_fixture.evaluation);
        QCOMPARE(panel.objectName(), u"chartsPanel"_s);
        QCOMPARE(panel.tabs()->count(), 3);
        QCOMPARE(panel.tabs()->tabText(0), u"Therapy timeline"_s);
        QCOMPARE(panel.tabs()->tabText(1), u"Pain and ODI"_s);
        QCOMPARE(panel.tabs()->tabText(2), u"Status summary"_s);
        QVERIFY(panel.findChild<TherapyTimelineChart*>(u"therapyTimelineChart"_s));
        QVERIFY(panel.findChild<OutcomeTrendChart*>(u"outcomeTrendChart"_s));
        QVERIFY(panel.findChild<StatusSummaryChart*>(u"statusSummaryChart"_s));
        QCOMPARE(panel.timelineModel()->episodeCount(), 5);
        QCOMPARE(panel.statusModel()->columnCount(), int(m_fixture.seed.request.components.size()));
        QVERIFY(panel.timelineChart()->accessibleName().startsWith(u"Therapy timeline: "_s));
        QVERIFY(panel.outcomeChart()->accessibleName().startsWith(u"Pain and ODI: "_s));
        QVERIFY(panel.statusChart()->accessibleName().startsWith(u"Status summary: "_s));
        QVERIFY(testing::ChartsFixture::paintedPixels(&panel) > 1000);
        for (int tab = 0; tab < 3; ++tab) {
            panel.tabs()->setCurrentIndex(tab);
            QVERIFY(testing::ChartsFixture::paintedPixels(panel.tabs()->currentWidget()) > 1000);
        }
    }

    void followsTheDocument()
    {
        ChartsPanel panel(*m_fixture.document, *m_fixture.evaluation);
        QAbstractItemModelTester timeline(panel.timelineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester outcome(panel.outcomeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester status(panel.statusModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        m_fixture.document->edit([](SpineCase& c) { (*c.conservativeTherapy)[3].start = QDate(2025, 7, 1); },
                                 u"conservativeTherapy[3].start"_s);
        QCOMPARE(panel.timelineModel()->episode(3).start, QDate(2025, 7, 1));
        QCOMPARE(panel.timelineChart()->episodeSeries().at(3)->at(0).x(),
                 qreal(QDate(2025, 7, 1).startOfDay().toMSecsSinceEpoch()));

        m_fixture.document->edit([](SpineCase& c) {
            OutcomeScore score;
            score.date = QDate(2025, 10, 1);
            score.painScore = 7;
            c.symptoms->outcomeScores = QList<OutcomeScore>{score};
        });
        QCOMPARE(panel.outcomeChart()->painSeries()->count(), 1);
        QVERIFY(!panel.outcomeChart()->isEmptyState());

        SpineCase other = m_fixture.seed;
        other.conservativeTherapy = QList<TherapyEpisode>{};
        other.request.components = {Component::Decompression};
        m_fixture.document->replace(other, {});
        QCOMPARE(panel.timelineModel()->episodeCount(), 0);
        QCOMPARE(panel.statusModel()->columnCount(), 1);
        QVERIFY(panel.outcomeChart()->isEmptyState());
        QVERIFY(testing::ChartsFixture::paintedPixels(&panel) > 1000);
    }

private:
    testing::ChartsFixture m_fixture;
};

} // namespace spinereview

QTEST_MAIN(spinereview::TestChartsPanel)
#include "tst_chartspanel.moc"
