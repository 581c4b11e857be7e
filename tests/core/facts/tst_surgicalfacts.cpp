// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefacts.h"
#include "core/case/casereader.h"
#include "core/facts/facttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace spinereview;

// The surgical-history and plan facts of a level (criteria-reference.md, "Three values, and what absence means",
// "Previously operated level", "Destabilizing facet resection", "Adjacent levels"): level.previouslyOperated,
// priorDecompression, priorFusion, priorFusionNonunion, monthsSinceNonunionFusion, the prior and planned facet
// resection, plannedParsRemoval and adjacentPriorFusion.

namespace {

const QString kAbsent = u"<absent>"_s;
const QString kHistoryRecord = u"the surgical history (prior lumbar operations with levels and dates)"_s;

// The members of a case with the given surgicalHistory (JSON text or kAbsent) and reviewDate.
QString historyCase(const QString& history, const QString& reviewDate = u"2025-11-17"_s)
{
    QString members = u"\"reviewDate\": \""_s + reviewDate + u'"';
    if (history != kAbsent)
        members += u", \"surgicalHistory\": "_s + history;
    return members;
}

// One prior operation as JSON text; `more` adds members ("\"date\": …").
QString operation(const QString& procedure, const QString& levels, const QString& more = {})
{
    QString text = u"{ \"procedure\": \""_s + procedure + u"\", \"levels\": "_s + levels;
    if (!more.isEmpty())
        text += u", "_s + more;
    return text + u" }"_s;
}

QString history(const QStringList& operations)
{
    return u'[' + operations.join(u", "_s) + u']';
}

Level levelFromName(const QString& name)
{
    return enumFromString<Level>(name).value();
}

} // namespace

class TestSurgicalFacts : public QObject
{
    Q_OBJECT

private slots:
    void historyAbsent();
    void procedureKinds_data();
    void procedureKinds();
    void nonunion_data();
    void nonunion();
    void priorFacetResection_data();
    void priorFacetResection();
    void adjacentPriorFusion_data();
    void adjacentPriorFusion();
    void plannedResection();
    void plannedResectionUndocumented_data();
    void plannedResectionUndocumented();
    void requestedAtLevel();
};

void TestSurgicalFacts::historyAbsent()
{
    // With surgicalHistory absent whether a level was operated on is itself unknown, and so is everything after it;
    // nothing is assumable.
    CASE_FACTS(facts, historyCase(kAbsent));
    for (FactId id : {FactId::LevelPreviouslyOperated, FactId::LevelPriorDecompression, FactId::LevelPriorFusion,
                      FactId::LevelPriorFusionNonunion, FactId::LevelMonthsSinceNonunionFusion,
                      FactId::LevelPriorFacetResectionLeftPercent, FactId::LevelPriorFacetResectionRightPercent,
                      FactId::LevelAdjacentPriorFusion}) {
        const FactValue& fact = facts(id, Level::L4L5);
        QVERIFY2(!fact.isKnown(), FactCatalog::definition(id).name);
        QVERIFY2(!fact.assumable, FactCatalog::definition(id).name);
        QCOMPARE(fact.record, kHistoryRecord);
        QCOMPARE(fact.paths, QStringList{u"surgicalHistory"_s});
    }
    for (FactId id : {FactId::LevelPlannedFacetectomyLeftPercent, FactId::LevelPlannedFacetectomyRightPercent,
                      FactId::LevelPlannedParsRemoval, FactId::LevelDynamicTranslationMm})
        QCOMPARE(describe(facts(id, Level::L4L5)), u"unknown"_s);
}

void TestSurgicalFacts::procedureKinds_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("operated");
    QTest::addColumn<QString>("decompression");
    QTest::addColumn<QString>("fusion");
    QTest::addColumn<QStringList>("paths");

    const QStringList first{u"surgicalHistory[0]"_s};
    const QStringList base{u"surgicalHistory"_s};
    for (const char* kind : {"discectomy", "laminotomy", "laminectomy", "foraminotomy", "facetectomy"})
        QTest::addRow("%s", kind) << history({operation(QString::fromLatin1(kind), u"[\"L4-L5\"]"_s,
                                                        u"\"date\": \"2019-03-01\""_s)})
                                  << u"true"_s << u"true"_s << u"false"_s << first;
    QTest::newRow("fusion") << history({operation(u"fusion"_s, u"[\"L4-L5\"]"_s, u"\"date\": \"2019-03-01\""_s)})
                            << u"true"_s << u"false"_s << u"true"_s << first;
    QTest::newRow("other") << history({operation(u"other"_s, u"[\"L4-L5\"]"_s)}) << u"true"_s << u"false"_s
                           << u"false"_s << first;
    QTest::newRow("one of several levels of an operation")
        << history({operation(u"laminectomy"_s, u"[\"L3-L4\", \"L4-L5\", \"L5-S1\"]"_s)}) << u"true"_s << u"true"_s
        << u"false"_s << first;
    QTest::newRow("decompression then fusion")
        << history({operation(u"discectomy"_s, u"[\"L4-L5\"]"_s, u"\"date\": \"2012-01-01\""_s),
                    operation(u"fusion"_s, u"[\"L5-S1\"]"_s, u"\"date\": \"2015-01-01\""_s),
                    operation(u"fusion"_s, u"[\"L4-L5\"]"_s, u"\"date\": \"2018-01-01\""_s)})
        << u"true"_s << u"true"_s << u"true"_s << QStringList{u"surgicalHistory[0]"_s, u"surgicalHistory[2]"_s};
    QTest::newRow("operated only at other levels")
        << history({operation(u"laminectomy"_s, u"[\"L3-L4\"]"_s), operation(u"fusion"_s, u"[\"L5-S1\"]"_s)})
        << u"false"_s << u"false"_s << u"false"_s << base;
    QTest::newRow("documented none") << u"[]"_s << u"false"_s << u"false"_s << u"false"_s << base;
}

void TestSurgicalFacts::procedureKinds()
{
    QFETCH(QString, history);
    QFETCH(QString, operated);
    QFETCH(QString, decompression);
    QFETCH(QString, fusion);
    QFETCH(QStringList, paths);
    CASE_FACTS(facts, historyCase(history));
    QCOMPARE(describe(facts(FactId::LevelPreviouslyOperated, Level::L4L5)), operated);
    QCOMPARE(facts(FactId::LevelPreviouslyOperated, Level::L4L5).paths, paths);
    QCOMPARE(describe(facts(FactId::LevelPriorDecompression, Level::L4L5)), decompression);
    QCOMPARE(facts(FactId::LevelPriorDecompression, Level::L4L5).paths, paths);
    QCOMPARE(describe(facts(FactId::LevelPriorFusion, Level::L4L5)), fusion);
}

void TestSurgicalFacts::nonunion_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("reviewDate");
    QTest::addColumn<QString>("nonunion");
    QTest::addColumn<QString>("months");

    const QString review = u"2025-11-17"_s;
    const auto fusion = [](const char* more) {
        return operation(u"fusion"_s, u"[\"L4-L5\"]"_s, QString::fromLatin1(more));
    };
    QTest::newRow("not solid, exactly 6 calendar months")
        << history({fusion(R"("date": "2025-05-17", "solidFusion": false)")}) << review << u"true"_s << u"6"_s;
    QTest::newRow("not solid, one day short of 6 months")
        << history({fusion(R"("date": "2025-05-18", "solidFusion": false)")}) << review << u"true"_s << u"5"_s;
    QTest::newRow("not solid, exactly 12 months")
        << history({fusion(R"("date": "2024-11-17", "solidFusion": false)")}) << review << u"true"_s << u"12"_s;
    QTest::newRow("not solid, on the review date")
        << history({fusion(R"("date": "2025-11-17", "solidFusion": false)")}) << review << u"true"_s << u"0"_s;
    QTest::newRow("month end: 05-31 to 11-30 is not yet 6 months")
        << history({fusion(R"("date": "2025-05-31", "solidFusion": false)")}) << u"2025-11-30"_s << u"true"_s << u"5"_s;
    QTest::newRow("month end: 05-30 to 11-30 is 6 months")
        << history({fusion(R"("date": "2025-05-30", "solidFusion": false)")}) << u"2025-11-30"_s << u"true"_s << u"6"_s;
    QTest::newRow("solid") << history({fusion(R"("date": "2019-05-17", "solidFusion": true)")}) << review << u"false"_s
                           << u"unknown"_s;
    QTest::newRow("solidity undocumented")
        << history({fusion(R"("date": "2019-05-17")")}) << review << u"unknown"_s << u"unknown"_s;
    QTest::newRow("one solid, one undocumented")
        << history({fusion(R"("date": "2015-01-01", "solidFusion": true)"), fusion(R"("date": "2019-05-17")")})
        << review << u"unknown"_s << u"unknown"_s;
    QTest::newRow("one not solid, one undocumented")
        << history({fusion(R"("date": "2015-01-01")"), fusion(R"("date": "2025-05-17", "solidFusion": false)")})
        << review << u"true"_s << u"6"_s;
    QTest::newRow("two non-unions: months from the latest")
        << history({fusion(R"("date": "2023-03-10", "solidFusion": false)"),
                    fusion(R"("date": "2019-01-10", "solidFusion": false)")})
        << review << u"true"_s << u"32"_s;
    QTest::newRow("not solid, no date") << history({fusion(R"("solidFusion": false)")}) << review << u"true"_s
                                        << u"unknown"_s;
    QTest::newRow("two non-unions, one without date")
        << history({fusion(R"("date": "2023-03-10", "solidFusion": false)"), fusion(R"("solidFusion": false)")})
        << review << u"true"_s << u"unknown"_s;
    QTest::newRow("non-union at another level")
        << history({operation(u"fusion"_s, u"[\"L5-S1\"]"_s, uR"("date": "2025-01-01", "solidFusion": false)"_s)})
        << review << u"false"_s << u"unknown"_s;
    QTest::newRow("decompression only") << history({operation(u"laminectomy"_s, u"[\"L4-L5\"]"_s)}) << review
                                        << u"false"_s << u"unknown"_s;
    QTest::newRow("documented none") << u"[]"_s << review << u"false"_s << u"unknown"_s;
}

void TestSurgicalFacts::nonunion()
{
    QFETCH(QString, history);
    QFETCH(QString, reviewDate);
    QFETCH(QString, nonunion);
    QFETCH(QString, months);
    CASE_FACTS(facts, historyCase(history, reviewDate));
    const FactValue& nonunionFact = facts(FactId::LevelPriorFusionNonunion, Level::L4L5);
    QCOMPARE(describe(nonunionFact), nonunion);
    if (!nonunionFact.isKnown())
        QCOMPARE(nonunionFact.record, u"imaging assessment of the prior fusion at L4-L5 (solid or not)"_s);
    const FactValue& monthsFact = facts(FactId::LevelMonthsSinceNonunionFusion, Level::L4L5);
    QCOMPARE(describe(monthsFact), months);
    if (!monthsFact.isKnown())
        QCOMPARE(monthsFact.record, u"the date of the prior fusion at L4-L5"_s);
}

void TestSurgicalFacts::priorFacetResection_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QStringList>("paths");

    const auto decompression = [](const char* kind, const char* more) {
        return operation(QString::fromLatin1(kind), u"[\"L4-L5\"]"_s, QString::fromLatin1(more));
    };
    const QStringList firstResection{u"surgicalHistory[0].facetResection"_s};
    QTest::newRow("documented none: 0") << u"[]"_s << u"0"_s << u"0"_s << QStringList{u"surgicalHistory"_s};
    QTest::newRow("fused, never decompressed: 0") << history({operation(u"fusion"_s, u"[\"L4-L5\"]"_s)}) << u"0"_s
                                                  << u"0"_s << QStringList{u"surgicalHistory[0]"_s};
    QTest::newRow("decompressed only at another level: 0") << history({operation(u"laminectomy"_s, u"[\"L5-S1\"]"_s)})
                                                           << u"0"_s << u"0"_s << QStringList{u"surgicalHistory"_s};
    QTest::newRow("one laminectomy 40/60")
        << history({decompression("laminectomy", R"("facetResection": { "leftPercent": 40, "rightPercent": 60 })")})
        << u"40"_s << u"60"_s << firstResection;
    QTest::newRow("documented 0/0")
        << history({decompression("facetectomy", R"("facetResection": { "leftPercent": 0, "rightPercent": 0 })")})
        << u"0"_s << u"0"_s << firstResection;
    QTest::newRow("two decompressions: the largest each side")
        << history({decompression("laminotomy", R"("facetResection": { "leftPercent": 30, "rightPercent": 80 })"),
                    decompression("foraminotomy", R"("facetResection": { "leftPercent": 60, "rightPercent": 20 })")})
        << u"60"_s << u"80"_s
        << QStringList{u"surgicalHistory[0].facetResection"_s, u"surgicalHistory[1].facetResection"_s};
    QTest::newRow("a second decompression without it: unknown")
        << history({decompression("laminotomy", R"("facetResection": { "leftPercent": 30, "rightPercent": 80 })"),
                    decompression("discectomy", R"("date": "2020-01-01")")})
        << u"unknown"_s << u"unknown"_s
        << QStringList{u"surgicalHistory[0].facetResection"_s, u"surgicalHistory[1].facetResection"_s};
    QTest::newRow("the undocumented one first: still unknown")
        << history({decompression("discectomy", R"("date": "2020-01-01")"),
                    decompression("laminotomy", R"("facetResection": { "leftPercent": 30, "rightPercent": 80 })")})
        << u"unknown"_s << u"unknown"_s
        << QStringList{u"surgicalHistory[0].facetResection"_s, u"surgicalHistory[1].facetResection"_s};
    QTest::newRow("left side only documented")
        << history({decompression("laminectomy", R"("facetResection": { "leftPercent": 75 })")}) << u"75"_s
        << u"unknown"_s << firstResection;
    QTest::newRow("one decompression without it") << history({decompression("laminectomy", R"("date": "2020-01-01")")})
                                                  << u"unknown"_s << u"unknown"_s << firstResection;
}

void TestSurgicalFacts::priorFacetResection()
{
    QFETCH(QString, history);
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QStringList, paths);
    CASE_FACTS(facts, historyCase(history));
    const FactValue& leftFact = facts(FactId::LevelPriorFacetResectionLeftPercent, Level::L4L5);
    const FactValue& rightFact = facts(FactId::LevelPriorFacetResectionRightPercent, Level::L4L5);
    QCOMPARE(describe(leftFact), left);
    QCOMPARE(describe(rightFact), right);
    QCOMPARE(leftFact.paths, paths);
    QCOMPARE(rightFact.paths, paths);
    const QString record = u"the operative note of the prior decompression at L4-L5 (share of each facet removed)"_s;
    if (!leftFact.isKnown())
        QCOMPARE(leftFact.record, record);
    if (!rightFact.isKnown())
        QCOMPARE(rightFact.record, record);
}

void TestSurgicalFacts::adjacentPriorFusion_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("adjacent");
    QTest::addColumn<QStringList>("paths");

    const auto fusionAt = [](const char* levels) {
        return history({operation(u"fusion"_s, QString::fromLatin1(levels), u"\"date\": \"2018-01-01\""_s)});
    };
    const QStringList first{u"surgicalHistory[0]"_s};
    const QStringList base{u"surgicalHistory"_s};
    QTest::newRow("L4-L5 next to a fusion at L3-L4") << fusionAt(R"(["L3-L4"])") << u"L4-L5"_s << u"true"_s << first;
    QTest::newRow("L4-L5 next to a fusion at L5-S1") << fusionAt(R"(["L5-S1"])") << u"L4-L5"_s << u"true"_s << first;
    QTest::newRow("L4-L5, fusion at L2-L3") << fusionAt(R"(["L2-L3"])") << u"L4-L5"_s << u"false"_s << base;
    QTest::newRow("L4-L5, fusion at L4-L5 itself") << fusionAt(R"(["L4-L5"])") << u"L4-L5"_s << u"false"_s << base;
    QTest::newRow("L4-L5, fusion L2-L3 and L3-L4")
        << fusionAt(R"(["L2-L3", "L3-L4"])") << u"L4-L5"_s << u"true"_s << first;
    QTest::newRow("L5-S1 next to L4-L5") << fusionAt(R"(["L4-L5"])") << u"L5-S1"_s << u"true"_s << first;
    QTest::newRow("L1-L2 next to L2-L3") << fusionAt(R"(["L2-L3"])") << u"L1-L2"_s << u"true"_s << first;
    QTest::newRow("L1-L2, fusion at L5-S1") << fusionAt(R"(["L5-S1"])") << u"L1-L2"_s << u"false"_s << base;
    QTest::newRow("decompression next door is not a fusion")
        << history({operation(u"laminectomy"_s, u"[\"L3-L4\"]"_s)}) << u"L4-L5"_s << u"false"_s << base;
    QTest::newRow("fusions on both sides")
        << history({operation(u"fusion"_s, u"[\"L5-S1\"]"_s), operation(u"laminectomy"_s, u"[\"L3-L4\"]"_s),
                    operation(u"fusion"_s, u"[\"L3-L4\"]"_s)})
        << u"L4-L5"_s << u"true"_s << QStringList{u"surgicalHistory[0]"_s, u"surgicalHistory[2]"_s};
    QTest::newRow("documented none") << u"[]"_s << u"L4-L5"_s << u"false"_s << base;
    QTest::newRow("history absent") << kAbsent << u"L4-L5"_s << u"unknown"_s << base;
}

void TestSurgicalFacts::adjacentPriorFusion()
{
    QFETCH(QString, history);
    QFETCH(QString, level);
    QFETCH(QString, adjacent);
    QFETCH(QStringList, paths);
    CASE_FACTS(facts, historyCase(history));
    const FactValue& fact = facts(FactId::LevelAdjacentPriorFusion, levelFromName(level));
    QCOMPARE(describe(fact), adjacent);
    QCOMPARE(fact.paths, paths);
}

void TestSurgicalFacts::plannedResection()
{
    CASE_FACTS(facts, uR"("surgicalHistory": [],
        "request": { "levels": ["L3-L4", "L4-L5", "L5-S1"], "components": ["decompression", "fusion"],
                     "plannedFacetectomy": { "leftPercent": 30, "rightPercent": 40 }, "plannedParsRemoval": true,
                     "levelPlans": { "L4-L5": { "plannedFacetectomy": { "leftPercent": 100, "rightPercent": 50 },
                                                "plannedParsRemoval": false },
                                     "L5-S1": { "plannedParsRemoval": false } } })"_s);
    // The level plan overrides the request-wide one at its level.
    const FactValue& left45 = facts(FactId::LevelPlannedFacetectomyLeftPercent, Level::L4L5);
    QCOMPARE(describe(left45), u"100"_s);
    QCOMPARE(left45.paths, QStringList{u"request.levelPlans.L4-L5.plannedFacetectomy.leftPercent"_s});
    const FactValue& right45 = facts(FactId::LevelPlannedFacetectomyRightPercent, Level::L4L5);
    QCOMPARE(describe(right45), u"50"_s);
    QCOMPARE(right45.paths, QStringList{u"request.levelPlans.L4-L5.plannedFacetectomy.rightPercent"_s});
    const FactValue& pars45 = facts(FactId::LevelPlannedParsRemoval, Level::L4L5);
    QCOMPARE(describe(pars45), u"false"_s);
    QCOMPARE(pars45.paths, QStringList{u"request.levelPlans.L4-L5.plannedParsRemoval"_s});

    // Elsewhere the request-wide values.
    const FactValue& left34 = facts(FactId::LevelPlannedFacetectomyLeftPercent, Level::L3L4);
    QCOMPARE(describe(left34), u"30"_s);
    QCOMPARE(left34.paths, QStringList{u"request.plannedFacetectomy.leftPercent"_s});
    QCOMPARE(describe(facts(FactId::LevelPlannedFacetectomyRightPercent, Level::L3L4)), u"40"_s);
    const FactValue& pars34 = facts(FactId::LevelPlannedParsRemoval, Level::L3L4);
    QCOMPARE(describe(pars34), u"true"_s);
    QCOMPARE(pars34.paths, QStringList{u"request.plannedParsRemoval"_s});

    // A level plan with only the pars: the facet shares stay request-wide there.
    QCOMPARE(describe(facts(FactId::LevelPlannedFacetectomyLeftPercent, Level::L5S1)), u"30"_s);
    QCOMPARE(describe(facts(FactId::LevelPlannedFacetectomyRightPercent, Level::L5S1)), u"40"_s);
    QCOMPARE(describe(facts(FactId::LevelPlannedParsRemoval, Level::L5S1)), u"false"_s);
}

void TestSurgicalFacts::plannedResectionUndocumented_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("expected");

    const QString atL4L5 = history({operation(u"laminectomy"_s, u"[\"L4-L5\"]"_s, u"\"date\": \"2019-01-01\""_s)});
    QTest::newRow("never operated: assumable") << u"[]"_s << u"L4-L5"_s << u"unknown, assumable"_s;
    QTest::newRow("operated here: not assumable") << atL4L5 << u"L4-L5"_s << u"unknown"_s;
    QTest::newRow("operated next door: assumable here") << atL4L5 << u"L3-L4"_s << u"unknown, assumable"_s;
    QTest::newRow("fused here: not assumable")
        << history({operation(u"fusion"_s, u"[\"L4-L5\"]"_s)}) << u"L4-L5"_s << u"unknown"_s;
    QTest::newRow("history absent: not assumable") << kAbsent << u"L4-L5"_s << u"unknown"_s;
}

void TestSurgicalFacts::plannedResectionUndocumented()
{
    QFETCH(QString, history);
    QFETCH(QString, level);
    QFETCH(QString, expected);
    const QString request = uR"("request": { "levels": ["L3-L4", "L4-L5"], "components": ["decompression"],
                         "levelPlans": { "L3-L4": {}, "L4-L5": { "plannedFacetectomy": {} } } })"_s;
    const QString historyMember = history == kAbsent ? QString() : u", \"surgicalHistory\": "_s + history;
    CASE_FACTS(facts, request + historyMember);
    const QString record =
        u"the surgeon's operative plan for %1 (share of each facet to be removed, pars removal)"_s.arg(level);
    for (FactId id : {FactId::LevelPlannedFacetectomyLeftPercent, FactId::LevelPlannedFacetectomyRightPercent,
                      FactId::LevelPlannedParsRemoval}) {
        const FactValue& fact = facts(id, levelFromName(level));
        QCOMPARE(describe(fact), expected);
        QCOMPARE(fact.record, record);
    }

    // Documented values are known whatever the history.
    CASE_FACTS(planned, uR"("request": { "levels": ["L3-L4", "L4-L5"], "components": ["decompression"],
        "plannedFacetectomy": { "leftPercent": 80, "rightPercent": 0 }, "plannedParsRemoval": false })"_s +
                            historyMember);
    QCOMPARE(describe(planned(FactId::LevelPlannedFacetectomyLeftPercent, levelFromName(level))), u"80"_s);
    QCOMPARE(describe(planned(FactId::LevelPlannedFacetectomyRightPercent, levelFromName(level))), u"0"_s);
    QCOMPARE(describe(planned(FactId::LevelPlannedParsRemoval, levelFromName(level))), u"false"_s);
}

void TestSurgicalFacts::requestedAtLevel()
{
    CASE_FACTS(facts, uR"("request": { "levels": ["L3-L4", "L4-L5"], "components": ["decompression", "fusion"],
                                        "componentLevels": { "fusion": ["L4-L5"] } })"_s);
    QCOMPARE(describe(facts(FactId::LevelFusionRequested, Level::L4L5)), u"true"_s);
    QCOMPARE(describe(facts(FactId::LevelDecompressionRequested, Level::L4L5)), u"true"_s);
    QCOMPARE(describe(facts(FactId::LevelFusionRequested, Level::L3L4)), u"false"_s);
    QCOMPARE(describe(facts(FactId::LevelDecompressionRequested, Level::L3L4)), u"true"_s);
    QCOMPARE(describe(facts(FactId::LevelFusionRequested, Level::L5S1)), u"false"_s);
    QCOMPARE(describe(facts(FactId::LevelDecompressionRequested, Level::L5S1)), u"false"_s);

    CASE_FACTS(decompressionOnly, uR"("request": { "levels": ["L4-L5"], "components": ["decompression"] })"_s);
    QCOMPARE(describe(decompressionOnly(FactId::LevelFusionRequested, Level::L4L5)), u"false"_s);
    QCOMPARE(describe(decompressionOnly(FactId::LevelDecompressionRequested, Level::L4L5)), u"true"_s);
}

QTEST_GUILESS_MAIN(TestSurgicalFacts)
#include "tst_surgicalfacts.moc"
