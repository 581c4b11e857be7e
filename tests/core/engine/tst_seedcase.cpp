// SPDX-License-Identifier: GPL-3.0-or-later
// The founding case under the three shipped sets must give exactly the determinations of
// criteria-reference.md — the contrast the product exists to show.
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"
#include "seeddeterminations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;

class TestSeedCase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void determinations_data();
    void determinations();
    void referenceAsksForTheInstabilityRecords();
    void referenceCautions();
    void payerProfileCautions();
    void resultNamesTheCriteriaSet();

private:
    EvaluationResult evaluate(const QString& setId) const;

    CriteriaCatalog m_catalog;
    std::optional<SpineCase> m_seed;
};

void TestSeedCase::initTestCase()
{
    m_catalog = CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
    QVERIFY2(m_catalog.issues().isEmpty(), qPrintable(m_catalog.issues().value(0).toString()));
    QCOMPARE(m_catalog.sets().size(), 3);
    const CaseReadResult read =
        CaseReader::readFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    QVERIFY(read.ok());
    m_seed = read.value;
}

EvaluationResult TestSeedCase::evaluate(const QString& setId) const
{
    const CriteriaSetPtr set = m_catalog.find(setId);
    if (!set)
        qFatal("set %s did not load", qPrintable(setId));
    return Evaluator::evaluate(*m_seed, set, *m_seed->reviewDate);
}

void TestSeedCase::determinations_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QStringList>("expected"); // component=status, in request order
    for (const QString& set : {u"reference"_s, u"founding-review"_s, u"payer-cmm609"_s})
        QTest::newRow(qPrintable(set)) << set << testing::seedDeterminations(set);
}

void TestSeedCase::determinations()
{
    QFETCH(QString, set);
    QFETCH(QStringList, expected);
    const EvaluationResult result = evaluate(set);
    QStringList actual;
    for (const ComponentOutcome& outcome : result.components)
        actual.append(enumToString(outcome.component) + u'=' + statusName(outcome.status));
    QCOMPARE(actual, expected);
    for (const ComponentOutcome& outcome : result.components) {
        QCOMPARE(outcome.levels.size(), std::size_t(1));
        QCOMPARE(outcome.levels.front().first, Level::L5S1);
        QVERIFY(!outcome.summary.isEmpty());
    }
}

void TestSeedCase::referenceAsksForTheInstabilityRecords()
{
    const EvaluationResult result = evaluate(u"reference"_s);
    const ComponentOutcome* fusion = result.component(Component::Fusion);
    QVERIFY(fusion);
    // A previously operated level with no documented instability: flexion–extension films, the prior
    // operative note's facet resection, or the surgeon's resection plan.
    QCOMPARE(fusion->missing.size(), 3);
    QVERIFY(fusion->missing.at(0).contains(u"flexion–extension radiographs of L5-S1"_s));
    QVERIFY(fusion->missing.at(1).contains(u"operative note of the prior decompression at L5-S1"_s));
    QVERIFY(fusion->missing.at(2).contains(u"surgeon's operative plan for L5-S1"_s));
    // The components that follow fusion ask for the same records.
    QCOMPARE(result.component(Component::Instrumentation)->missing, fusion->missing);
    const ComponentOutcome* cement = result.component(Component::CementAugmentation);
    QVERIFY(cement->missing.contains(u"a bone density assessment (DEXA T-score or CT Hounsfield units)"_s));
    QVERIFY(result.component(Component::Decompression)->missing.isEmpty());
}

void TestSeedCase::referenceCautions()
{
    const EvaluationResult result = evaluate(u"reference"_s);
    const QStringList decompression = result.component(Component::Decompression)->cautions;
    QCOMPARE(decompression.size(), 1);
    QVERIFY(decompression.first().contains(u"L1-L2, L2-L3"_s));
    const QStringList fusion = result.component(Component::Fusion)->cautions;
    QVERIFY(std::any_of(fusion.cbegin(), fusion.cend(),
                        [](const QString& c) { return c.contains(u"not by themselves indications"_s); }));
    QVERIFY(result.component(Component::Bmp)->cautions.first().contains(u"radiculitis"_s));
}

void TestSeedCase::payerProfileCautions()
{
    // The review (2025-11-17) precedes CMM-609 V2.0.2025's effective date (2025-12-18).
    const EvaluationResult result = evaluate(u"payer-cmm609"_s);
    for (const ComponentOutcome& outcome : result.components)
        QVERIFY(outcome.cautions.contains(
            u"Policy not yet in effect on the review date: CMM-609 V2.0.2025 takes effect on 2025-12-18."_s));
    SpineCase later = *m_seed;
    later.reviewDate = QDate(2026, 1, 5);
    const EvaluationResult after = Evaluator::evaluate(later, m_catalog.find(u"payer-cmm609"_s), *later.reviewDate);
    for (const ComponentOutcome& outcome : after.components)
        QVERIFY(std::none_of(outcome.cautions.cbegin(), outcome.cautions.cend(),
                             [](const QString& c) { return c.startsWith(u"Policy not yet in effect"_s); }));
}

void TestSeedCase::resultNamesTheCriteriaSet()
{
    for (const QString& id : {u"reference"_s, u"founding-review"_s, u"payer-cmm609"_s}) {
        const EvaluationResult result = evaluate(id);
        const CriteriaSetInfo& info = result.criteriaSet->info;
        QCOMPARE(info.id, id);
        QVERIFY(!info.title.isEmpty() && !info.version.isEmpty() && !info.sources.isEmpty());
        QCOMPARE(info.sha256.size(), 64);
        QCOMPARE(info.evidenceSha256.size(), 64);
        QCOMPARE(result.reviewDate, QDate(2025, 11, 17));
        QCOMPARE(result.caseId, u"seed-l5s1-revision"_s);
    }
}

QTEST_GUILESS_MAIN(TestSeedCase)
#include "tst_seedcase.moc"
