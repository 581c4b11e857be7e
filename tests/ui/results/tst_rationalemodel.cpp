// SPDX-License-Identifier: GPL-3.0-or-later
// The "why" tree: the engine's rationale for one component, its facts by their labels and where they came from.
#include "core/i18n/facttexts.h"
#include "models/rationalemodel.h"
#include "results/rationaleview.h"
#include "results/statuspresentation.h"
#include "seedfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using spinereview::testing::SeedFixture;

namespace {

// The fact row of the seed's undocumented L5-S1 motion (level.dynamicTranslationMm), by its label.
const QString kTranslation = u"Dynamic translation (mm) = "_s;

} // namespace

class TestRationaleModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void showsTheLevelTree();
    void undocumentedFactsSayWhatToRequest();
    void assumedAbsentFactsSaySo();
    void tooltipIsTheCriterionNote();
    void factRowsCarryTheirCriterion();
    void factsAreShownByTheirLabels();
    void factTooltipGivesMeaningAndId();
    void viewOpensWhatDecidesANonMetStatus();
    void clickingAFactEmitsItsPath();
    void enterOnAFactEmitsItsPath();
    void selectingACriterionEmitsItsNode();
    void reevaluationKeepsExpansionAndSelection();

private:
    // The first row (recursively) whose column-0 text starts with `prefix`.
    static QModelIndex find(const QAbstractItemModel& model, const QString& prefix);
    static QModelIndexList all(const QAbstractItemModel& model, const QModelIndex& parent = {});

    SeedFixture m_fixture;
    EvaluationResult m_reference;
    EvaluationResult m_founding;
};

void TestRationaleModel::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.load(&error), qPrintable(error));
    m_reference = m_fixture.evaluate(u"reference"_s);
    m_founding = m_fixture.evaluate(u"founding-review"_s);
}

QModelIndexList TestRationaleModel::all(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QModelIndexList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out.append(index);
        out += all(model, index);
    }
    return out;
}

QModelIndex TestRationaleModel::find(const QAbstractItemModel& model, const QString& prefix)
{
    for (const QModelIndex& index : all(model)) {
        if (index.data().toString().startsWith(prefix))
            return index;
    }
    return {};
}

void TestRationaleModel::passesTheModelTester()
{
    RationaleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(m_reference, Component::Fusion);
    model.setResult(m_reference, Component::Fusion);
    model.setResult(m_founding, Component::Fusion);
    for (const EvaluationResult& result : m_fixture.evaluateAll()) {
        for (const ComponentOutcome& outcome : result.components)
            model.setResult(result, outcome.component);
    }
    model.setResult(EvaluationResult{}, Component::Fusion);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.outcome());
    model.setResult(m_reference, Component::Autograft); // not requested
    QCOMPARE(model.rowCount(), 0);
    model.setResult(m_reference, Component::Decompression);
    QVERIFY(model.rowCount() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRationaleModel::showsTheLevelTree()
{
    RationaleModel model;
    model.setResult(m_reference, Component::Fusion);
    QCOMPARE(model.rowCount(), 1); // one tree: L5-S1
    const QModelIndex root = model.index(0, RationaleModel::CriterionColumn);
    QCOMPARE(root.data().toString(), u"Fusion at L5-S1"_s);
    QCOMPARE(root.data(RationaleModel::LevelRole).toInt(), static_cast<int>(Level::L5S1));
    const QModelIndex status = model.index(0, RationaleModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Incomplete"_s);
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(root.data(RationaleModel::StatusRole).toInt(), static_cast<int>(Status::Incomplete));
    QVERIFY(model.rowCount(root) >= 3);
    QVERIFY(root.data(Qt::AccessibleTextRole).toString().endsWith(u"Incomplete"_s));
    // The founding review meets it.
    model.setResult(m_founding, Component::Fusion);
    QCOMPARE(model.index(0, RationaleModel::StatusColumn).data().toString(), u"Met"_s);
}

void TestRationaleModel::undocumentedFactsSayWhatToRequest()
{
    RationaleModel model;
    model.setResult(m_reference, Component::Fusion);
    const QModelIndex fact = find(model, kTranslation);
    QVERIFY(fact.isValid());
    QVERIFY(fact.data(RationaleModel::IsFactRole).toBool());
    const QString text = fact.data().toString();
    QVERIFY2(text.contains(u"not documented"_s), qPrintable(text));
    QVERIFY2(text.contains(u"request: "_s), qPrintable(text));
    QVERIFY2(text.contains(u"flexion–extension"_s), qPrintable(text));
    QVERIFY2(fact.data(RationaleModel::FactPathRole).toString().startsWith(u"imaging"_s),
             qPrintable(fact.data(RationaleModel::FactPathRole).toString()));
    // The leaf that read it is incomplete, and its Facts column says so at a glance.
    const QModelIndex leaf = fact.parent();
    QCOMPARE(leaf.data(RationaleModel::StatusRole).toInt(), static_cast<int>(Status::Incomplete));
    QVERIFY(leaf.siblingAtColumn(RationaleModel::FactsColumn).data().toString().contains(u"not documented"_s));
}

void TestRationaleModel::assumedAbsentFactsSaySo()
{
    RationaleModel model;
    bool found = false;
    for (const ComponentOutcome& outcome : m_reference.components) {
        model.setResult(m_reference, outcome.component);
        for (const QModelIndex& index : all(model))
            found |= index.data().toString().contains(u" = not documented — assumed absent"_s);
    }
    QVERIFY(found);
}

void TestRationaleModel::tooltipIsTheCriterionNote()
{
    RationaleModel model;
    model.setResult(m_reference, Component::Fusion);
    int notes = 0;
    for (const QModelIndex& index : all(model)) {
        if (index.data(RationaleModel::IsFactRole).toBool())
            continue;
        const auto* node =
            reinterpret_cast<const CriterionNode*>(index.data(RationaleModel::NodeRole).value<quintptr>());
        QVERIFY(node);
        if (!node->note.isEmpty()) {
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), node->note);
            ++notes;
        }
    }
    QVERIFY(notes > 0);
}

void TestRationaleModel::factRowsCarryTheirCriterion()
{
    RationaleModel model;
    model.setResult(m_reference, Component::Fusion);
    const QModelIndex fact = find(model, kTranslation);
    QCOMPARE(fact.data(RationaleModel::NodeRole), fact.parent().data(RationaleModel::NodeRole));
    QCOMPARE(model.rowCount(fact), 0);
    QVERIFY(model.flags(fact) & Qt::ItemNeverHasChildren);
}

void TestRationaleModel::factsAreShownByTheirLabels()
{
    RationaleModel model;
    int factRows = 0;
    int summaries = 0;
    for (const EvaluationResult& result : m_fixture.evaluateAll()) {
        for (const ComponentOutcome& outcome : result.components) {
            model.setResult(result, outcome.component);
            for (const QModelIndex& index : all(model)) {
                if (!index.data(RationaleModel::IsFactRole).toBool())
                    continue;
                // The tooltip's third line names the fact by its id; its row shows the label instead.
                const QStringList tip = index.data(Qt::ToolTipRole).toString().split(u'\n');
                QVERIFY2(tip.size() >= 3 && tip.at(2).startsWith(u"Fact "_s), qPrintable(tip.join(u'|')));
                const QString name = tip.at(2).mid(5);
                const std::optional<FactId> fact = FactCatalog::find(name);
                QVERIFY2(fact, qPrintable(name));
                const QString label = QString::fromUtf8(FactCatalog::definition(*fact).label);
                QCOMPARE(FactTexts::label(*fact), label); // no translator: the catalog's English
                const QString line = label + u" = "_s;
                QVERIFY2(index.data().toString().startsWith(line), qPrintable(index.data().toString()));
                QVERIFY2(index.data(Qt::AccessibleTextRole).toString().startsWith(line), qPrintable(name));
                QVERIFY2(!index.data().toString().contains(name), qPrintable(index.data().toString()));
                ++factRows;
                // The criterion's Facts column: every fact it read, by its label, never by its id.
                const QString facts = index.parent().siblingAtColumn(RationaleModel::FactsColumn).data().toString();
                QVERIFY2(facts.contains(line), qPrintable(facts + u" lacks "_s + line));
                QVERIFY2(!facts.contains(name) && !facts.contains(name.section(u'.', -1) + u" = "_s),
                         qPrintable(facts));
                if (index.row() == 0) {
                    QVERIFY2(facts.startsWith(line), qPrintable(facts));
                    ++summaries;
                }
            }
        }
    }
    QVERIFY(factRows > 100);
    QVERIFY(summaries > 20);

    // One at a glance: the undocumented motion at L5-S1, the level shown by the tree, not the label.
    model.setResult(m_reference, Component::Fusion);
    const QModelIndex fact = find(model, kTranslation);
    QVERIFY(fact.isValid());
    QVERIFY(fact.parent()
                .siblingAtColumn(RationaleModel::FactsColumn)
                .data()
                .toString()
                .contains(u"Dynamic translation (mm) = not documented"_s));
}

void TestRationaleModel::factTooltipGivesMeaningAndId()
{
    RationaleModel model;
    model.setResult(m_reference, Component::Fusion);
    const QModelIndex fact = find(model, kTranslation);
    QVERIFY(fact.isValid());
    const QStringList tip = fact.data(Qt::ToolTipRole).toString().split(u'\n');
    QVERIFY2(tip.size() == 4, qPrintable(tip.join(u'|')));
    QCOMPARE(tip.at(0), fact.data().toString());
    QCOMPARE(tip.at(1), u"Change in translation between flexion and extension (or supine and upright) films, mm"_s);
    QCOMPARE(tip.at(2), u"Fact level.dynamicTranslationMm"_s);
    QVERIFY2(tip.at(3).startsWith(u"From the case: imaging"_s), qPrintable(tip.at(3)));

    // A case fact the seed documents, wherever a criterion read it.
    int weeks = 0;
    for (const ComponentOutcome& outcome : m_reference.components) {
        model.setResult(m_reference, outcome.component);
        for (const QModelIndex& index : all(model)) {
            if (!index.data().toString().startsWith(u"Weeks of conservative care = "_s))
                continue;
            const QStringList lines = index.data(Qt::ToolTipRole).toString().split(u'\n');
            QVERIFY2(lines.size() >= 3, qPrintable(lines.join(u'|')));
            QVERIFY2(lines.at(1).startsWith(u"Weeks of conservative care: union of episode intervals"_s),
                     qPrintable(lines.at(1)));
            QCOMPARE(lines.at(2), u"Fact care.weeks"_s);
            ++weeks;
        }
    }
    QVERIFY(weeks > 0);
}

void TestRationaleModel::viewOpensWhatDecidesANonMetStatus()
{
    RationaleModel model;
    RationaleView view(&model);
    model.setResult(m_reference, Component::Fusion);
    QVERIFY(view.isExpanded(model.index(0, 0))); // the incomplete tree itself
    int metClosed = 0;
    int alternativesClosed = 0;
    for (const QModelIndex& index : all(model)) {
        if (model.rowCount(index) == 0)
            continue;
        const auto status = static_cast<Status>(index.data(RationaleModel::StatusRole).toInt());
        const QVariant parent = index.parent().data(RationaleModel::StatusRole);
        const bool decides = status != Status::Met && (!parent.isValid() || parent.toInt() == int(status));
        QCOMPARE(view.isExpanded(index), decides);
        metClosed += status == Status::Met ? 1 : 0;
        // A failed alternative of an incomplete `any` (pseudarthrosis, deformity) stays one line.
        alternativesClosed += status == Status::NotMet && parent.toInt() == int(Status::Incomplete) ? 1 : 0;
    }
    QVERIFY(metClosed > 0); // conservative care and symptoms hold
    QVERIFY(alternativesClosed > 0);
    // The undocumented translation is in view without a click.
    for (QModelIndex at = find(model, kTranslation).parent(); at.isValid(); at = at.parent())
        QVERIFY(view.isExpanded(at));
}

void TestRationaleModel::clickingAFactEmitsItsPath()
{
    RationaleModel model;
    RationaleView view(&model);
    view.resize(900, 1400);
    model.setResult(m_reference, Component::Fusion);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex fact = find(model, kTranslation);
    view.scrollTo(fact);
    QSignalSpy spy(&view, &RationaleView::factActivated);
    const QRect rect = view.visualRect(fact);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.at(0).at(0).toString().startsWith(u"imaging"_s));
    // A criterion row leads nowhere.
    spy.clear();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(model.index(0, 0)).center());
    QCOMPARE(spy.size(), 0);
}

void TestRationaleModel::enterOnAFactEmitsItsPath()
{
    RationaleModel model;
    RationaleView view(&model);
    model.setResult(m_reference, Component::Fusion);
    const QModelIndex fact = find(model, kTranslation);
    view.setCurrentIndex(fact);
    QSignalSpy spy(&view, &RationaleView::factActivated);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), fact.data(RationaleModel::FactPathRole).toString());
}

void TestRationaleModel::selectingACriterionEmitsItsNode()
{
    RationaleModel model;
    RationaleView view(&model);
    model.setResult(m_reference, Component::Fusion);
    QSignalSpy spy(&view, &RationaleView::criterionSelected);
    const QModelIndex root = model.index(0, 0);
    view.setCurrentIndex(root);
    QCOMPARE(spy.size(), 1);
    const auto* node = spy.at(0).at(0).value<const CriterionNode*>();
    QVERIFY(node);
    QCOMPARE(node->id, u"fusion"_s);
    QCOMPARE(view.currentLevel(), static_cast<int>(Level::L5S1));
    // Moving onto a fact of the same leaf keeps the same criterion: no new signal for it.
    const QModelIndex fact = find(model, kTranslation);
    view.setCurrentIndex(fact.parent());
    const int before = static_cast<int>(spy.size());
    view.setCurrentIndex(fact);
    QCOMPARE(static_cast<int>(spy.size()), before);
}

void TestRationaleModel::reevaluationKeepsExpansionAndSelection()
{
    RationaleModel model;
    RationaleView view(&model);
    model.setResult(m_reference, Component::Fusion);
    const QModelIndex root = model.index(0, 0);
    view.collapse(root);
    const QModelIndex fact = find(model, kTranslation);
    view.setCurrentIndex(fact);
    QSignalSpy spy(&view, &RationaleView::criterionSelected);
    model.setResult(m_reference, Component::Fusion); // the same case, evaluated again
    QVERIFY(!view.isExpanded(model.index(0, 0)));
    QVERIFY(view.currentIndex().data().toString().startsWith(kTranslation));
    QCOMPARE(spy.size(), 1); // the evidence panel follows the restored row
    view.expand(model.index(0, 0));
    model.setResult(EvaluationResult{}, Component::Fusion);
    QVERIFY(!view.currentIndex().isValid());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.last().at(0).value<const CriterionNode*>(), nullptr);
}

QTEST_MAIN(TestRationaleModel)
#include "tst_rationalemodel.moc"
