// SPDX-License-Identifier: GPL-3.0-or-later
// Components × criteria sets: the founding case's contrast, with disagreements in words and icons.
#include "models/comparisonmodel.h"
#include "results/comparisonview.h"
#include "results/statuspresentation.h"
#include "seedfixture.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using spinereview::testing::SeedFixture;

class TestComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void rowsAreComponentsColumnsAreSets();
    void fusionDisagreesDecompressionAgrees();
    void headersNameEachSetAndVersion();
    void viewStatesTheDisagreements();
    void activatingACellAsksForThatSet();
    void reevaluationKeepsTheCurrentCell();
    void reevaluationAnnouncesOnlyChangedCells();

private:
    int row(const ComparisonModel& model, Component component) const;
    int column(const ComparisonModel& model, const QString& setId) const;

    SeedFixture m_fixture;
    QList<EvaluationResult> m_all;
};

void TestComparisonModel::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.load(&error), qPrintable(error));
    m_all = m_fixture.evaluateAll();
}

int TestComparisonModel::row(const ComparisonModel& model, Component component) const
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.component(r) == component)
            return r;
    }
    return -1;
}

int TestComparisonModel::column(const ComparisonModel& model, const QString& setId) const
{
    for (int c = 0; c < model.agreementColumn(); ++c) {
        if (model.headerData(c, Qt::Horizontal, ComparisonModel::SetIdRole).toString() == setId)
            return c;
    }
    return -1;
}

void TestComparisonModel::passesTheModelTester()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(m_all);
    model.setResults(m_all);
    model.setResults({m_all.first()});
    model.setResults({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setResults({EvaluationResult{}});
    model.setResults(m_all);
}

void TestComparisonModel::rowsAreComponentsColumnsAreSets()
{
    ComparisonModel model;
    model.setResults(m_all);
    QCOMPARE(model.rowCount(), static_cast<int>(m_all.first().components.size()));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.agreementColumn(), 3);
    const int fusion = row(model, Component::Fusion);
    const QModelIndex reference = model.index(fusion, column(model, u"reference"_s));
    const QModelIndex founding = model.index(fusion, column(model, u"founding-review"_s));
    QCOMPARE(reference.data().toString(), u"Incomplete"_s);
    QCOMPARE(founding.data().toString(), u"Met"_s);
    QVERIFY(!reference.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!founding.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(reference.data(ComparisonModel::StatusRole).toInt(), static_cast<int>(Status::Incomplete));
    QCOMPARE(reference.data(Qt::ToolTipRole).toString(), m_all.first().component(Component::Fusion)->summary);
    QVERIFY(reference.data(Qt::AccessibleTextRole).toString().contains(u"Fusion"_s));
    QVERIFY(reference.data(Qt::AccessibleTextRole).toString().endsWith(u"Incomplete"_s));
    QCOMPARE(model.headerData(fusion, Qt::Vertical).toString(), u"Fusion"_s);
}

void TestComparisonModel::fusionDisagreesDecompressionAgrees()
{
    ComparisonModel model;
    model.setResults(m_all);
    const int fusion = row(model, Component::Fusion);
    const int decompression = row(model, Component::Decompression);
    QVERIFY(model.disagrees(fusion));
    QVERIFY(!model.disagrees(decompression));
    const QModelIndex fusionAgreement = model.index(fusion, model.agreementColumn());
    const QModelIndex decompressionAgreement = model.index(decompression, model.agreementColumn());
    QCOMPARE(fusionAgreement.data().toString(), u"Sets disagree"_s);
    QCOMPARE(decompressionAgreement.data().toString(), u"All sets agree"_s);
    QVERIFY(fusionAgreement.data(ComparisonModel::DisagreementRole).toBool());
    // Highlighted as well as worded, on every cell of the row.
    for (int c = 0; c < model.columnCount(); ++c) {
        QVERIFY(model.index(fusion, c).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(decompression, c).data(Qt::BackgroundRole).isValid());
    }
    const QImage disagree = fusionAgreement.data(Qt::DecorationRole).value<QIcon>().pixmap(24, 24).toImage();
    const QImage agree = decompressionAgreement.data(Qt::DecorationRole).value<QIcon>().pixmap(24, 24).toImage();
    QVERIFY(!disagree.isNull() && !agree.isNull());
    QVERIFY(disagree != agree);
    // BMA: reference and founding say not met, the payer profile incomplete.
    QVERIFY(model.disagrees(row(model, Component::BoneMarrowAspirate)));
    // Cement augmentation is incomplete under all three.
    QVERIFY(!model.disagrees(row(model, Component::CementAugmentation)));
}

void TestComparisonModel::headersNameEachSetAndVersion()
{
    ComparisonModel model;
    model.setResults(m_all);
    for (int c = 0; c < model.agreementColumn(); ++c) {
        const CriteriaSetInfo& info = m_all.at(c).criteriaSet->info;
        const QString header = model.headerData(c, Qt::Horizontal).toString();
        QVERIFY(header.contains(info.version));
        QVERIFY(header.contains(info.id)); // the id keeps the column narrow; the full title is in the tooltip
        QVERIFY(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().contains(info.title));
        QVERIFY(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().contains(info.sha256));
    }
    QCOMPARE(ComparisonModel::shortTitle(m_fixture.catalog.find(u"founding-review"_s)->info), u"Founding review"_s);
    QCOMPARE(model.headerData(model.agreementColumn(), Qt::Horizontal).toString(), u"Agreement"_s);
}

void TestComparisonModel::viewStatesTheDisagreements()
{
    ComparisonView view;
    QCOMPARE(view.objectName(), u"comparisonView"_s);
    view.setResults(m_all);
    auto* table = view.findChild<QTableView*>(u"comparisonTable"_s);
    QVERIFY(table && table->model() == view.model());
    QVERIFY(!table->accessibleName().isEmpty());
    auto* heading = view.findChild<QLabel*>(u"comparisonHeading"_s);
    QVERIFY(heading->text().contains(u"disagree"_s));
    auto* sets = view.findChild<QLabel*>(u"comparisonSets"_s);
    for (const EvaluationResult& result : m_all) {
        QVERIFY(sets->text().contains(result.criteriaSet->info.version));
        QVERIFY(sets->text().contains(result.criteriaSet->info.sha256.left(12)));
    }
    view.setResults({});
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestComparisonModel::activatingACellAsksForThatSet()
{
    ComparisonView view;
    view.setResults(m_all);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ComparisonView::cellActivated);
    const ComparisonModel& model = *view.model();
    const QModelIndex cell = model.index(row(model, Component::Fusion), column(model, u"founding-review"_s));
    view.table()->setCurrentIndex(cell);
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"founding-review"_s);
    QCOMPARE(spy.at(0).at(1).value<Component>(), Component::Fusion);
    // The agreement column names no set.
    view.table()->setCurrentIndex(model.index(0, model.agreementColumn()));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
}

void TestComparisonModel::reevaluationKeepsTheCurrentCell()
{
    ComparisonView view;
    view.setResults(m_all);
    const QModelIndex cell = view.model()->index(1, 1);
    view.table()->setCurrentIndex(cell);
    QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
    view.setResults(m_fixture.evaluateAll()); // the same case evaluated again
    QCOMPARE(reset.size(), 0);
    QCOMPARE(view.table()->currentIndex(), cell);
    view.setResults({m_all.first()}); // another set of columns
    QCOMPARE(reset.size(), 1);
}

void TestComparisonModel::reevaluationAnnouncesOnlyChangedCells()
{
    ComparisonModel model;
    model.setResults(m_all);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setResults(m_fixture.evaluateAll());
    QCOMPARE(changes.size(), 0);
    QCOMPARE(headers.size(), 0);

    // Fusion turns met under reference: that cell changes, and so does the row's agreement, since the
    // three sets now agree on fusion.
    QList<EvaluationResult> changed = m_all;
    const int referenceColumn = column(model, u"reference"_s);
    const int fusionRow = row(model, Component::Fusion);
    for (ComponentOutcome& outcome : changed[referenceColumn].components) {
        if (outcome.component == Component::Fusion)
            outcome.status = Status::Met;
    }
    const bool disagreedBefore = model.disagrees(fusionRow);
    model.setResults(changed);
    QVERIFY(changes.size() >= 1);
    const QModelIndex first = changes.first().at(0).value<QModelIndex>();
    QCOMPARE(first, model.index(fusionRow, referenceColumn));
    QCOMPARE(changes.first().at(1).value<QModelIndex>(), first);
    QCOMPARE(model.data(first, ComparisonModel::StatusRole).toInt(), static_cast<int>(Status::Met));
    QCOMPARE(changes.size(), model.disagrees(fusionRow) == disagreedBefore ? 1 : 2);
    for (const QList<QVariant>& signal : changes)
        QCOMPARE(signal.at(0).value<QModelIndex>().row(), fusionRow);
    QCOMPARE(headers.size(), 0);
}

QTEST_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
