// SPDX-License-Identifier: GPL-3.0-or-later
// The records to request, ticked off one by one, and the request for information built from them.
#include "models/missingdocumentsmodel.h"
#include "results/missingdocumentspanel.h"
#include "seedfixture.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using spinereview::testing::SeedFixture;

class TestMissingDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void oneRowPerRecordWithWhatItSettles();
    void requestListsTheInstabilityRecords();
    void tickedRecordsLeaveTheRequest();
    void ticksSurviveReevaluationOfTheSameCase();
    void nothingMissing();
    void copyPutsTheRequestOnTheClipboard();

private:
    SeedFixture m_fixture;
    EvaluationResult m_reference;
    EvaluationResult m_founding;
};

void TestMissingDocuments::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.load(&error), qPrintable(error));
    m_reference = m_fixture.evaluate(u"reference"_s);
    m_founding = m_fixture.evaluate(u"founding-review"_s);
}

void TestMissingDocuments::passesTheModelTester()
{
    MissingDocumentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(m_reference);
    model.setResult(m_reference);
    model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole);
    model.setResult(m_founding);
    for (const EvaluationResult& result : m_fixture.evaluateAll())
        model.setResult(result);
    model.setResult(EvaluationResult{});
    QCOMPARE(model.rowCount(), 0);
}

void TestMissingDocuments::oneRowPerRecordWithWhatItSettles()
{
    MissingDocumentsModel model;
    model.setResult(m_reference);
    const QStringList fusionMissing = m_reference.component(Component::Fusion)->missing;
    QCOMPARE(fusionMissing.size(), 3);
    // Fusion, instrumentation, interbody and allograft need the same three records: one row each.
    QStringList records;
    for (int row = 0; row < model.rowCount(); ++row)
        records.append(model.index(row).data().toString());
    QCOMPARE(records.size(), static_cast<qsizetype>(QSet<QString>(records.cbegin(), records.cend()).size()));
    for (const QString& record : fusionMissing)
        QVERIFY(records.contains(record));
    const QModelIndex first = model.index(records.indexOf(fusionMissing.first()));
    const QStringList settles = first.data(MissingDocumentsModel::SettlesRole).toStringList();
    QVERIFY(settles.contains(u"Fusion at L5-S1"_s));
    QVERIFY(settles.contains(u"Instrumentation at L5-S1"_s));
    QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(model.flags(first) & Qt::ItemIsUserCheckable);
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"Fusion at L5-S1"_s));
}

void TestMissingDocuments::requestListsTheInstabilityRecords()
{
    MissingDocumentsModel model;
    model.setResult(m_reference);
    const QString text = model.requestForInformation();
    const CriteriaSetInfo& info = m_reference.criteriaSet->info;
    QVERIFY(text.contains(u"Case: seed-l5s1-revision"_s));
    QVERIFY(text.contains(u"Review date: 2025-11-17"_s));
    QVERIFY(text.contains(info.title));
    QVERIFY(text.contains(u"version "_s + info.version));
    QVERIFY(text.contains(u"To settle Fusion at L5-S1:"_s));
    QVERIFY(text.contains(u"flexion–extension radiographs of L5-S1"_s));
    QVERIFY(text.contains(u"operative note of the prior decompression at L5-S1"_s));
    QVERIFY(text.contains(u"surgeon's operative plan for L5-S1"_s));
    QVERIFY(text.contains(u"decision support for a qualified reviewer"_s));
    // Records come right after the component they settle.
    const qsizetype fusionAt = text.indexOf(u"To settle Fusion at L5-S1:"_s);
    QVERIFY(text.indexOf(u"flexion–extension radiographs of L5-S1"_s, fusionAt) > fusionAt);
    // The components that follow fusion refer to its records instead of repeating them.
    QVERIFY(text.contains(u"To settle Instrumentation at L5-S1: the same records as for Fusion."_s));
    QVERIFY(text.contains(u"To settle Cement augmentation at L5-S1: the records for Fusion, and"_s));
    QCOMPARE(text.count(u"flexion–extension radiographs of L5-S1"_s), 1);
    const qsizetype cementAt = text.indexOf(u"To settle Cement augmentation"_s);
    QVERIFY(text.indexOf(u"a bone density assessment"_s) > cementAt);
    // Components that need nothing are not in the request.
    QVERIFY(!text.contains(u"To settle Decompression"_s));
}

void TestMissingDocuments::tickedRecordsLeaveTheRequest()
{
    MissingDocumentsModel model;
    model.setResult(m_reference);
    const QString films = m_reference.component(Component::Fusion)->missing.first();
    const int row = static_cast<int>(model.outstandingRecords().indexOf(films));
    QVERIFY(row >= 0);
    const int before = static_cast<int>(model.outstandingRecords().size());
    QVERIFY(model.setData(model.index(row), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.index(row).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(static_cast<int>(model.outstandingRecords().size()), before - 1);
    QVERIFY(!model.requestForInformation().contains(films));
    QVERIFY(model.requestForInformation().contains(u"To settle Fusion at L5-S1:"_s)); // two more remain
    QVERIFY(model.setData(model.index(row), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.requestForInformation().contains(films));
    QVERIFY(!model.setData(model.index(row), u"x"_s, Qt::EditRole));
}

void TestMissingDocuments::ticksSurviveReevaluationOfTheSameCase()
{
    MissingDocumentsModel model;
    model.setResult(m_reference);
    model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole);
    const QString ticked = model.index(0).data().toString();
    model.setResult(m_fixture.evaluate(u"reference"_s));
    QVERIFY(!model.outstandingRecords().contains(ticked));
    // Another case starts with nothing ticked.
    EvaluationResult other = m_reference;
    other.caseId = u"another-case"_s;
    model.setResult(other);
    QVERIFY(model.outstandingRecords().contains(ticked));
}

void TestMissingDocuments::nothingMissing()
{
    MissingDocumentsPanel panel;
    panel.setResult(EvaluationResult{});
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(panel.requestText().contains(u"No records are outstanding."_s));
    auto* copy = panel.findChild<QPushButton*>(u"copyRequest"_s);
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
}

void TestMissingDocuments::copyPutsTheRequestOnTheClipboard()
{
    MissingDocumentsPanel panel;
    panel.setResult(m_reference);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* copy = panel.findChild<QPushButton*>(u"copyRequest"_s);
    QVERIFY(copy && copy->isEnabled());
    QVERIFY(!copy->accessibleName().isEmpty());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), panel.requestText());
    QVERIFY(panel.requestText().contains(u"To settle Fusion at L5-S1:"_s));
}

QTEST_MAIN(TestMissingDocuments)
#include "tst_missingdocuments.moc"
