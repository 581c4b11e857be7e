// SPDX-License-Identifier: GPL-3.0-or-later
// The results column assembled: cards, reasons, cautions, missing records, evidence, the set in force and
// the comparison, driven the way the window drives it.
#include "models/comparisonmodel.h"
#include "models/rationalemodel.h"
#include "results/comparisonview.h"
#include "results/determinationcard.h"
#include "results/evidencepanel.h"
#include "results/missingdocumentspanel.h"
#include "results/rationaleview.h"
#include "results/resultspanel.h"
#include "seedfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace spinereview;
using spinereview::testing::SeedFixture;

class TestResultsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyPartIsNamed();
    void headingNamesLevelsAndDate();
    void clickingFusionShowsItsReasons();
    void factRowsLeadToTheCase();
    void selectingACriterionShowsItsEvidence();
    void switchingSetsKeepsTheComponent();
    void setSelectorRequestsASet();
    void comparisonSwapsTheColumn();
    void comparisonCellShowsThatSet();
    void emptyResults();

private:
    QModelIndex findRow(const QString& prefix) const;

    SeedFixture m_fixture;
    EvaluationResult m_reference;
    EvaluationResult m_founding;
    QList<EvaluationResult> m_all;
    std::unique_ptr<ResultsPanel> m_panel;
};

void TestResultsPanel::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.load(&error), qPrintable(error));
    m_reference = m_fixture.evaluate(u"reference"_s);
    m_founding = m_fixture.evaluate(u"founding-review"_s);
    m_all = m_fixture.evaluateAll();
}

void TestResultsPanel::init()
{
    m_panel = std::make_unique<ResultsPanel>(m_fixture.catalog.evidence(), m_fixture.catalog.sets());
    m_panel->resize(700, 1600);
    m_panel->setResults(m_reference, m_all);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestResultsPanel::cleanup()
{
    m_panel.reset();
}

QModelIndex TestResultsPanel::findRow(const QString& prefix) const
{
    const QAbstractItemModel* model = m_panel->findChild<RationaleView*>(u"rationaleView"_s)->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, prefix, 1, Qt::MatchStartsWith | Qt::MatchRecursive);
    return found.value(0);
}

void TestResultsPanel::everyPartIsNamed()
{
    QCOMPARE(m_panel->objectName(), u"resultsPanel"_s);
    for (const QString& name :
         {u"criteriaSetSelector"_s, u"criteriaSetInfo"_s, u"compareSets"_s, u"resultsHeading"_s,
          u"determinationCards"_s, u"card_fusion"_s, u"rationaleView"_s, u"rationaleHeading"_s, u"cautionsPanel"_s,
          u"missingDocuments"_s, u"copyRequest"_s, u"evidencePanel"_s, u"comparisonView"_s, u"comparisonTable"_s}) {
        QWidget* widget = m_panel->findChild<QWidget*>(name);
        QVERIFY2(widget, qPrintable(name));
    }
    // Every widget a reviewer can reach by keyboard has an accessible name.
    for (QWidget* widget : m_panel->findChildren<QWidget*>()) {
        if (widget->window() == m_panel.get() && widget->focusPolicy() & Qt::TabFocus &&
            !qobject_cast<QScrollBar*>(widget) && !widget->objectName().startsWith(u"qt_"_s))
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(widget->objectName() + u' ' + QString::fromLatin1(widget->metaObject()->className())));
    }
}

void TestResultsPanel::headingNamesLevelsAndDate()
{
    const QString heading = m_panel->findChild<QLabel*>(u"resultsHeading"_s)->text();
    QVERIFY2(heading.contains(u"L5-S1"_s), qPrintable(heading));
    QVERIFY(heading.contains(u"2025-11-17"_s));
    const QString info = m_panel->findChild<QLabel*>(u"criteriaSetInfo"_s)->text();
    QVERIFY(info.contains(m_reference.criteriaSet->info.sha256.left(12)));
    QVERIFY(info.contains(m_reference.criteriaSet->info.version));
}

void TestResultsPanel::clickingFusionShowsItsReasons()
{
    auto* fusion = m_panel->findChild<DeterminationCard*>(u"card_fusion"_s);
    QVERIFY(fusion->findChildren<QLabel*>().constFirst()); // built
    QTest::mouseClick(fusion, Qt::LeftButton);
    QCOMPARE(m_panel->selectedComponent(), std::optional<Component>(Component::Fusion));
    QCOMPARE(m_panel->findChild<QLabel*>(u"rationaleHeading"_s)->text(), u"Why — Fusion at L5-S1"_s);
    auto* view = m_panel->findChild<RationaleView*>(u"rationaleView"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"Fusion at L5-S1"_s);
    QCOMPARE(view->model()->index(0, RationaleModel::StatusColumn).data().toString(), u"Incomplete"_s);
    QVERIFY(view->isExpanded(view->model()->index(0, 0)));
    // The cautions follow the card.
    auto* cautions = m_panel->findChild<QListWidget*>(u"cautionsList"_s);
    QVERIFY(cautions->count() >= 1);
    QCOMPARE(cautions->item(0)->text(), m_reference.component(Component::Fusion)->cautions.value(0));
    // The missing records cover the whole request.
    const QString request = m_panel->findChild<MissingDocumentsPanel*>(u"missingDocuments"_s)->requestText();
    QVERIFY(request.contains(u"To settle Fusion at L5-S1:"_s));
}

void TestResultsPanel::factRowsLeadToTheCase()
{
    m_panel->selectComponent(Component::Fusion);
    QSignalSpy spy(m_panel.get(), &ResultsPanel::factActivated);
    auto* view = m_panel->findChild<RationaleView*>(u"rationaleView"_s);
    const QModelIndex fact = findRow(u"Dynamic translation (mm) = "_s);
    QVERIFY(fact.isValid());
    QVERIFY(fact.data().toString().contains(u"not documented"_s));
    view->scrollTo(fact);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(fact).center());
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.at(0).at(0).toString().startsWith(u"imaging"_s));
}

void TestResultsPanel::selectingACriterionShowsItsEvidence()
{
    m_panel->selectComponent(Component::Fusion);
    auto* view = m_panel->findChild<RationaleView*>(u"rationaleView"_s);
    auto* evidence = m_panel->findChild<EvidencePanel*>(u"evidencePanel"_s);
    QVERIFY(evidence->toPlainText().contains(u"Select a criterion"_s));
    view->setCurrentIndex(view->model()->index(0, 0)); // "Fusion at L5-S1" cites CMM-609
    QCOMPARE(evidence->criterionId(), u"fusion"_s);
    QVERIFY(evidence->toPlainText().contains(u"Evidence — Fusion at L5-S1"_s));
    QVERIFY(evidence->toPlainText().contains(u"CMM-609"_s));
    QVERIFY(evidence->toPlainText().contains(u"[C]"_s));
    // Re-evaluation keeps the criterion (and its evidence) in view.
    m_panel->setResults(m_fixture.evaluate(u"reference"_s), m_all);
    QCOMPARE(evidence->criterionId(), u"fusion"_s);

    // Under the founding review, the fusion criterion cites the untraced 38 % claim.
    m_panel->setResults(m_founding, m_all);
    const CriterionNode* claimed =
        SeedFixture::nodeCiting(*m_founding.criteriaSet, u"founding-claim-iatrogenic-38pct"_s);
    QVERIFY(claimed);
    const QModelIndex row =
        view->model()
            ->match(view->model()->index(0, 0), RationaleModel::NodeRole,
                    QVariant::fromValue(reinterpret_cast<quintptr>(claimed)), 1, Qt::MatchExactly | Qt::MatchRecursive)
            .value(0);
    QVERIFY(row.isValid());
    view->setCurrentIndex(row);
    const QString text = evidence->toPlainText();
    QVERIFY(text.contains(u"Could not be verified"_s));
    const EvidenceEntry* claim = m_fixture.catalog.evidence()->find(u"founding-claim-iatrogenic-38pct"_s);
    QVERIFY(text.contains(claim->audit));
    // No key finding may come from the claim: every "Key finding" belongs to another, traced entry.
    const qsizetype claimAt = text.indexOf(claim->claim);
    QVERIFY(claimAt >= 0);
    const qsizetype nextEntry = text.indexOf(u"Library entry founding-claim-iatrogenic-38pct"_s, claimAt);
    QVERIFY(nextEntry > claimAt);
    QVERIFY(!text.mid(claimAt, nextEntry - claimAt).contains(u"Key finding"_s));
}

void TestResultsPanel::switchingSetsKeepsTheComponent()
{
    m_panel->selectComponent(Component::Fusion);
    auto* fusion = m_panel->findChild<DeterminationCard*>(u"card_fusion"_s);
    QVERIFY(fusion->accessibleName().startsWith(u"Fusion: Incomplete"_s));
    m_panel->setResults(m_founding, m_all);
    QCOMPARE(m_panel->selectedComponent(), std::optional<Component>(Component::Fusion));
    QVERIFY(fusion->accessibleName().startsWith(u"Fusion: Met"_s));
    auto* view = m_panel->findChild<RationaleView*>(u"rationaleView"_s);
    QCOMPARE(view->model()->index(0, RationaleModel::StatusColumn).data().toString(), u"Met"_s);
    QVERIFY(m_panel->findChild<QLabel*>(u"criteriaSetInfo"_s)->text().contains(m_founding.criteriaSet->info.label));
    QCOMPARE(m_panel->findChild<QComboBox*>(u"criteriaSetSelector"_s)->currentData().toString(), u"founding-review"_s);
}

void TestResultsPanel::setSelectorRequestsASet()
{
    QSignalSpy spy(m_panel.get(), &ResultsPanel::setRequested);
    auto* selector = m_panel->findChild<QComboBox*>(u"criteriaSetSelector"_s);
    emit selector->activated(selector->findData(u"payer-cmm609"_s));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"payer-cmm609"_s);
}

void TestResultsPanel::comparisonSwapsTheColumn()
{
    auto* stack = m_panel->findChild<QStackedWidget*>(u"resultsStack"_s);
    auto* comparison = m_panel->findChild<ComparisonView*>(u"comparisonView"_s);
    QVERIFY(!m_panel->isComparisonShown());
    QVERIFY(!comparison->isVisible());
    QSignalSpy spy(m_panel.get(), &ResultsPanel::comparisonShown);
    m_panel->findChild<QToolButton*>(u"compareSets"_s)->click();
    QVERIFY(m_panel->isComparisonShown());
    QCOMPARE(stack->currentWidget(), comparison);
    QVERIFY(comparison->isVisible());
    QCOMPARE(spy.size(), 1);
    const ComparisonModel* model = comparison->model();
    QCOMPARE(model->agreementColumn(), 3);
    bool fusionDisagrees = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->component(row) == Component::Fusion)
            fusionDisagrees = model->disagrees(row);
    }
    QVERIFY(fusionDisagrees);
    m_panel->showComparison(false);
    QVERIFY(!m_panel->findChild<QToolButton*>(u"compareSets"_s)->isChecked());
    QCOMPARE(spy.size(), 2);
    // The set bar stays in view either way.
    QVERIFY(m_panel->findChild<QLabel*>(u"criteriaSetInfo"_s)->isVisible());
}

void TestResultsPanel::comparisonCellShowsThatSet()
{
    m_panel->showComparison(true);
    QSignalSpy requested(m_panel.get(), &ResultsPanel::setRequested);
    auto* comparison = m_panel->findChild<ComparisonView*>(u"comparisonView"_s);
    const ComparisonModel* model = comparison->model();
    int fusionRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->component(row) == Component::Fusion)
            fusionRow = row;
    }
    int foundingColumn = -1;
    for (int column = 0; column < model->agreementColumn(); ++column) {
        if (model->set(column)->info.id == u"founding-review"_s)
            foundingColumn = column;
    }
    emit comparison->table()->activated(model->index(fusionRow, foundingColumn));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"founding-review"_s);
    QVERIFY(!m_panel->isComparisonShown());
    QCOMPARE(m_panel->selectedComponent(), std::optional<Component>(Component::Fusion));
}

void TestResultsPanel::emptyResults()
{
    m_panel->setResults(EvaluationResult{}, {});
    QVERIFY(!m_panel->selectedComponent());
    QCOMPARE(m_panel->findChild<RationaleView*>(u"rationaleView"_s)->model()->rowCount(), 0);
    QTRY_VERIFY(m_panel->findChildren<DeterminationCard*>().isEmpty());
    m_panel->showComparison(true);
    QCOMPARE(m_panel->findChild<ComparisonView*>(u"comparisonView"_s)->model()->rowCount(), 0);
    m_panel->setResults(m_reference, m_all);
    QCOMPARE(m_panel->selectedComponent(), std::optional<Component>(Component::Decompression));
}

QTEST_MAIN(TestResultsPanel)
#include "tst_resultspanel.moc"
