// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefacts.h"
#include "core/case/casereader.h"
#include "core/facts/factcatalog.h"
#include "core/facts/facttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace spinereview;

// The FactTable as a whole and its case facts outside conservative care and imaging (tst_conservativecare,
// tst_imagingfacts, tst_surgicalfacts): the catalogue, symptoms and concordance at a level, the exam facts urgent
// care reads, the patient, the request and the criteria set's effective date.

namespace {

const QString kAbsent = u"<absent>"_s;
const QString kSymptomRecord = u"the symptom history (neurogenic claudication, radicular leg pain)"_s;
const QString kElsewhereNote = u"the documented root findings point to another level"_s;

// "\"name\": value" for each member given (kAbsent leaves it out), joined into object members.
QString members(std::initializer_list<std::pair<const char*, QString>> list)
{
    QStringList parts;
    for (const auto& [name, value] : list) {
        if (value != kAbsent)
            parts.append(u'"' + QString::fromLatin1(name) + u"\": "_s + value);
    }
    return parts.join(u", "_s);
}

Level levelFromName(const QString& name)
{
    return enumFromString<Level>(name).value();
}

constexpr Level kAllLevels[] = {Level::L1L2, Level::L2L3, Level::L3L4, Level::L4L5, Level::L5S1};

// A case that documents a little of everything.
const QString kRichCase = uR"(
    "patient": { "sex": "female", "birthDate": "1958-04-02", "bmi": 31.5, "nicotine": "former",
                 "nicotineQuitDate": "2025-01-15", "cotinineTest": { "date": "2025-11-01", "result": "negative" },
                 "diabetes": true, "hba1c": 6.8, "dexaTScore": -1.9 },
    "symptoms": { "neurogenicClaudication": true, "legPain": "bilateral", "durationWeeks": 40, "painScore": 8,
                  "odi": 52, "functionalImpairment": true, "backPainPredominant": false },
    "exam": { "motorDeficit": [ { "root": "L5", "side": "left", "grade": 4 } ], "caudaEquina": false,
              "sensoryDeficit": [ { "root": "S1", "side": "left" } ] },
    "imaging": [
        { "modality": "MRI", "date": "2025-08-01", "levels": {
            "L4-L5": { "centralStenosis": "severe", "spondylolisthesis": { "grade": 1, "type": "degenerative" } } } },
        { "modality": "flexion_extension_xray", "date": "2025-08-05",
          "levels": { "L4-L5": { "dynamicTranslationMm": 4 } }, "coronalCobbDeg": 8 } ],
    "emg": [ { "date": "2025-07-01", "findings": [ { "root": "L5", "side": "left", "acuity": "chronic" } ] } ],
    "conservativeTherapy": [
        { "type": "physical_therapy", "start": "2025-02-01", "end": "2025-05-01", "response": "no_improvement" },
        { "type": "nsaid", "start": "2025-01-01" } ],
    "surgicalHistory": [ { "procedure": "laminectomy", "levels": ["L5-S1"], "date": "2015-06-01",
                           "facetResection": { "leftPercent": 30, "rightPercent": 30 } } ],
    "request": { "levels": ["L4-L5", "L5-S1"], "components": ["decompression", "fusion", "interbody"],
                 "componentLevels": { "fusion": ["L4-L5"], "interbody": ["L4-L5"] }, "interbodyTechnique": "TLIF",
                 "approach": "posterior", "plannedFacetectomy": { "leftPercent": 100, "rightPercent": 50 },
                 "setting": "inpatient", "expectedMidnights": 2, "inpatientRiskFactors": ["sleep_apnea_cpap"] }
)"_s;

} // namespace

class TestFactTable : public QObject
{
    Q_OBJECT

private slots:
    void catalog();
    void everyFactNamesItsSource_data();
    void everyFactNamesItsSource();
    void display();
    void symptomsPresent_data();
    void symptomsPresent();
    void symptomFields();
    void concordance_data();
    void concordance();
    void concordancePaths();
    void weakestMotorGrade_data();
    void weakestMotorGrade();
    void weakestMotorGradeNote();
    void redFlags_data();
    void redFlags();
    void emgRadiculopathy_data();
    void emgRadiculopathy();
    void age_data();
    void age();
    void nicotineQuitDays_data();
    void nicotineQuitDays();
    void cotinine_data();
    void cotinine();
    void patientAssumable();
    void criteriaInEffect_data();
    void criteriaInEffect();
    void fusionLevelCount_data();
    void fusionLevelCount();
    void requestFields();
};

void TestFactTable::catalog()
{
    const auto& all = FactCatalog::all();
    QCOMPARE(static_cast<int>(all.size()), FactCatalog::count());
    QSet<QString> names;
    for (int i = 0; i < FactCatalog::count(); ++i) {
        const FactDefinition& def = all[static_cast<std::size_t>(i)];
        const QString name = QString::fromLatin1(def.name);
        QCOMPARE(static_cast<int>(def.id), i);
        QVERIFY2(!names.contains(name), def.name);
        names.insert(name);
        QCOMPARE(FactCatalog::find(name), std::optional<FactId>(def.id));
        QCOMPARE(&FactCatalog::definition(def.id), &def);
        // Level facts, and only they, carry the `level.` prefix.
        QCOMPARE(name.startsWith(u"level."_s), def.scope == FactScope::Level);
        QVERIFY2(QString::fromUtf8(def.meaning).size() > 0, def.name);
        if (def.type != FactType::Text)
            QVERIFY2(def.textValues.isEmpty(), def.name);
    }
    QCOMPARE(FactCatalog::find(u"care.weeks"_s), std::optional<FactId>(FactId::CareWeeks));
    QCOMPARE(FactCatalog::find(u"level.worstStenosis"_s), std::optional<FactId>(FactId::LevelWorstStenosis));
    QCOMPARE(FactCatalog::find(u"care.week"_s), std::nullopt);
    QCOMPARE(FactCatalog::find(u""_s), std::nullopt);
    QCOMPARE(FactCatalog::definition(FactId::Nicotine).textValues,
             (QStringList{u"never"_s, u"former"_s, u"current"_s}));
    QCOMPARE(FactCatalog::definition(FactId::LevelName).textValues,
             (QStringList{u"L1-L2"_s, u"L2-L3"_s, u"L3-L4"_s, u"L4-L5"_s, u"L5-S1"_s}));
}

void TestFactTable::everyFactNamesItsSource_data()
{
    QTest::addColumn<QString>("caseMembers");
    QTest::newRow("minimal case") << QString();
    QTest::newRow("rich case") << kRichCase;
}

void TestFactTable::everyFactNamesItsSource()
{
    // Every fact, at every level, is either known or unknown with a record to request, and names where it came from;
    // a known fact never carries a record.
    QFETCH(QString, caseMembers);
    CASE_FACTS(facts, caseMembers);
    QCOMPARE(facts.table().reviewDate(), QDate(2025, 11, 17));
    for (const FactDefinition& def : FactCatalog::all()) {
        const auto check = [&](const FactValue& fact, const QString& where) {
            const QByteArray what = QByteArray(def.name) + ' ' + where.toLatin1();
            QVERIFY2(!fact.paths.isEmpty(), what.constData());
            if (fact.isKnown()) {
                QVERIFY2(fact.record.isEmpty(), what.constData());
                switch (def.type) {
                case FactType::Boolean:
                    QVERIFY2(std::holds_alternative<bool>(fact.value), what.constData());
                    break;
                case FactType::Number:
                    QVERIFY2(std::holds_alternative<double>(fact.value), what.constData());
                    break;
                case FactType::Text:
                    QVERIFY2(std::holds_alternative<QString>(fact.value), what.constData());
                    if (!def.textValues.isEmpty())
                        QVERIFY2(def.textValues.contains(std::get<QString>(fact.value)), what.constData());
                    break;
                }
            } else {
                QVERIFY2(!fact.record.isEmpty(), what.constData());
            }
        };
        if (def.scope == FactScope::Case) {
            check(facts(def.id), u"(case)"_s);
            if (QTest::currentTestFailed())
                return;
        } else {
            for (Level level : kAllLevels) {
                check(facts(def.id, level), enumToString(level));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
}

void TestFactTable::display()
{
    QCOMPARE(FactValue::ofBool(true).display(), u"yes"_s);
    QCOMPARE(FactValue::ofBool(false).display(), u"no"_s);
    QCOMPARE(FactValue::ofNumber(4.5).display(), u"4.5"_s);
    QCOMPARE(FactValue::ofNumber(0).display(), u"0"_s);
    QCOMPARE(FactValue::ofText(u"TLIF"_s).display(), u"TLIF"_s);
    QCOMPARE(FactValue::unknown(u"x"_s).display(), u"not documented"_s);
    QCOMPARE(FactValue::unknownAssumable(u"x"_s).display(), u"not documented"_s);
    FactValue labelled = FactValue::ofNumber(3);
    labelled.label = u"moderate"_s;
    QCOMPARE(labelled.display(), u"moderate (3)"_s);
    QVERIFY(FactValue::unknownAssumable(u"x"_s).assumable);
    QVERIFY(!FactValue::unknown(u"x"_s).assumable);
    QCOMPARE(FactValue::unknown(u"the record"_s, {u"a.b"_s}).record, u"the record"_s);
    QCOMPARE(FactValue::unknown(u"the record"_s, {u"a.b"_s}).paths, QStringList{u"a.b"_s});
}

void TestFactTable::symptomsPresent_data()
{
    QTest::addColumn<QString>("symptoms");
    QTest::addColumn<QString>("present");

    QTest::newRow("claudication true") << uR"({ "neurogenicClaudication": true })"_s << u"true"_s;
    QTest::newRow("claudication true, leg pain none")
        << uR"({ "neurogenicClaudication": true, "legPain": "none" })"_s << u"true"_s;
    for (const char* side : {"left", "right", "bilateral"})
        QTest::addRow("leg pain %s", side) << uR"({ "legPain": "%1" })"_s.arg(QString::fromLatin1(side)) << u"true"_s;
    QTest::newRow("claudication false, leg pain left")
        << uR"({ "neurogenicClaudication": false, "legPain": "left" })"_s << u"true"_s;
    QTest::newRow("claudication false, leg pain none")
        << uR"({ "neurogenicClaudication": false, "legPain": "none" })"_s << u"false"_s;
    QTest::newRow("claudication false only") << uR"({ "neurogenicClaudication": false })"_s << u"unknown"_s;
    QTest::newRow("leg pain none only") << uR"({ "legPain": "none" })"_s << u"unknown"_s;
    QTest::newRow("other symptoms only") << uR"({ "painScore": 7 })"_s << u"unknown"_s;
    QTest::newRow("symptoms absent") << kAbsent << u"unknown"_s;
}

void TestFactTable::symptomsPresent()
{
    QFETCH(QString, symptoms);
    QFETCH(QString, present);
    CASE_FACTS(facts, members({{"symptoms", symptoms}}));
    const FactValue& fact = facts(FactId::SymptomsPresent);
    QCOMPARE(describe(fact), present);
    QCOMPARE(fact.paths, (QStringList{u"symptoms.neurogenicClaudication"_s, u"symptoms.legPain"_s}));
    QCOMPARE(fact.record, fact.isKnown() ? QString() : kSymptomRecord);
    // With no root findings at all, concordance at any level follows symptoms.present.
    for (Level level : kAllLevels)
        QCOMPARE(describe(facts(FactId::LevelConcordant, level)), present);
}

void TestFactTable::symptomFields()
{
    {
        CASE_FACTS(facts, kRichCase);
        QCOMPARE(describe(facts(FactId::NeurogenicClaudication)), u"true"_s);
        QCOMPARE(describe(facts(FactId::BackPainPredominant)), u"false"_s);
        QCOMPARE(describe(facts(FactId::FunctionalImpairment)), u"true"_s);
        QCOMPARE(describe(facts(FactId::PainScore)), u"8"_s);
        QCOMPARE(describe(facts(FactId::Odi)), u"52"_s);
        QCOMPARE(describe(facts(FactId::SymptomDurationWeeks)), u"40"_s);
        QCOMPARE(facts(FactId::Odi).paths, QStringList{u"symptoms.odi"_s});
    }
    {
        CASE_FACTS(facts, QString());
        for (FactId id : {FactId::NeurogenicClaudication, FactId::BackPainPredominant, FactId::FunctionalImpairment,
                          FactId::PainScore, FactId::Odi, FactId::SymptomDurationWeeks})
            QCOMPARE(describe(facts(id)), u"unknown"_s);
        QCOMPARE(facts(FactId::FunctionalImpairment).record,
                 u"documentation of how the symptoms limit daily activities or work"_s);
    }
}

void TestFactTable::concordance_data()
{
    QTest::addColumn<QString>("symptoms");
    QTest::addColumn<QString>("exam");
    QTest::addColumn<QString>("emg");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("concordant");
    QTest::addColumn<bool>("elsewhere");

    const QString claudication = uR"({ "neurogenicClaudication": true })"_s;
    const QString legPain = uR"({ "neurogenicClaudication": false, "legPain": "left" })"_s;
    const QString legPainOnly = uR"({ "legPain": "left" })"_s;
    const QString noSymptoms = uR"({ "neurogenicClaudication": false, "legPain": "none" })"_s;
    const QString partial = uR"({ "neurogenicClaudication": false })"_s;
    const auto emgRoots = [](const QString& findings) {
        return uR"([{ "date": "2025-07-01", "findings": %1 }])"_s.arg(findings);
    };
    const QString emgS1 = emgRoots(uR"([{ "root": "S1", "side": "left" }])"_s);
    const auto motor = [](const char* root) {
        return uR"({ "motorDeficit": [{ "root": "%1", "side": "left", "grade": 4 }] })"_s.arg(
            QString::fromLatin1(root));
    };
    const auto sensory = [](const char* root) {
        return uR"({ "sensoryDeficit": [{ "root": "%1", "side": "left" }] })"_s.arg(QString::fromLatin1(root));
    };

    QTest::newRow("claudication, no root findings")
        << claudication << kAbsent << kAbsent << u"L4-L5"_s << u"true"_s << false;
    QTest::newRow("leg pain, no root findings") << legPain << kAbsent << kAbsent << u"L4-L5"_s << u"true"_s << false;
    QTest::newRow("symptoms absent") << noSymptoms << kAbsent << kAbsent << u"L4-L5"_s << u"false"_s << false;
    QTest::newRow("symptoms partly documented") << partial << kAbsent << kAbsent << u"L4-L5"_s << u"unknown"_s << false;

    QTest::newRow("EMG S1 only: L4-L5 points elsewhere")
        << legPain << kAbsent << emgS1 << u"L4-L5"_s << u"false"_s << true;
    QTest::newRow("EMG S1 only, claudication undocumented: elsewhere")
        << legPainOnly << kAbsent << emgS1 << u"L4-L5"_s << u"false"_s << true;
    QTest::newRow("EMG S1: L5-S1 concordant") << legPain << kAbsent << emgS1 << u"L5-S1"_s << u"true"_s << false;
    QTest::newRow("claudication true keeps it, roots elsewhere")
        << claudication << kAbsent << emgS1 << u"L4-L5"_s << u"true"_s << false;
    QTest::newRow("claudication true, roots elsewhere, L2-L3")
        << claudication << motor("S1") << emgS1 << u"L2-L3"_s << u"true"_s << false;

    // Root → levels: traversing (named after the lower vertebra) and exiting (named after the upper one).
    QTest::newRow("S1 maps to L5-S1") << legPain << sensory("S1") << kAbsent << u"L5-S1"_s << u"true"_s << false;
    QTest::newRow("S1 not to L4-L5") << legPain << sensory("S1") << kAbsent << u"L4-L5"_s << u"false"_s << true;
    QTest::newRow("L5 motor maps to L4-L5") << legPain << motor("L5") << kAbsent << u"L4-L5"_s << u"true"_s << false;
    QTest::newRow("L5 motor maps to L5-S1") << legPain << motor("L5") << kAbsent << u"L5-S1"_s << u"true"_s << false;
    QTest::newRow("L5 motor not to L3-L4") << legPain << motor("L5") << kAbsent << u"L3-L4"_s << u"false"_s << true;
    QTest::newRow("L4 sensory maps to L3-L4")
        << legPain << sensory("L4") << kAbsent << u"L3-L4"_s << u"true"_s << false;
    QTest::newRow("L4 sensory maps to L4-L5")
        << legPain << sensory("L4") << kAbsent << u"L4-L5"_s << u"true"_s << false;
    QTest::newRow("L4 sensory not to L5-S1") << legPain << sensory("L4") << kAbsent << u"L5-S1"_s << u"false"_s << true;
    QTest::newRow("L3 maps to L2-L3") << legPain << motor("L3") << kAbsent << u"L2-L3"_s << u"true"_s << false;
    QTest::newRow("L3 maps to L3-L4") << legPain << motor("L3") << kAbsent << u"L3-L4"_s << u"true"_s << false;
    QTest::newRow("L3 not to L4-L5") << legPain << motor("L3") << kAbsent << u"L4-L5"_s << u"false"_s << true;
    QTest::newRow("L2 maps to L1-L2") << legPain << motor("L2") << kAbsent << u"L1-L2"_s << u"true"_s << false;
    QTest::newRow("L1 maps to L1-L2") << legPain << motor("L1") << kAbsent << u"L1-L2"_s << u"true"_s << false;
    QTest::newRow("L1 not to L2-L3") << legPain << motor("L1") << kAbsent << u"L2-L3"_s << u"false"_s << true;
    QTest::newRow("S2 maps to no lumbar level")
        << legPain << sensory("S2") << kAbsent << u"L5-S1"_s << u"false"_s << true;

    QTest::newRow("one root here among roots elsewhere")
        << legPain << sensory("L4") << emgS1 << u"L4-L5"_s << u"true"_s << false;
    QTest::newRow("EMG S1 and sensory L4: L2-L3 elsewhere")
        << legPain << sensory("L4") << emgS1 << u"L2-L3"_s << u"false"_s << true;
    QTest::newRow("EMG with a root here and one elsewhere")
        << legPain << kAbsent << emgRoots(uR"([{ "root": "S1", "side": "left" }, { "root": "L5", "side": "right" }])"_s)
        << u"L4-L5"_s << u"true"_s << false;
    QTest::newRow("finding without root never points elsewhere")
        << legPain << sensory("S1") << emgRoots(uR"([{ "side": "left", "acuity": "acute" }])"_s) << u"L4-L5"_s
        << u"true"_s << false;
    QTest::newRow("motor deficit without root never points elsewhere")
        << legPain << uR"({ "motorDeficit": [{ "side": "left", "grade": 3 }, { "root": "S1", "grade": 4 }] })"_s
        << kAbsent << u"L4-L5"_s << u"true"_s << false;
    QTest::newRow("finding without root, symptoms partial: follows symptoms")
        << partial << kAbsent << emgRoots(uR"([{ "side": "left" }])"_s) << u"L4-L5"_s << u"unknown"_s << false;
    QTest::newRow("normal EMG and no deficits: follows symptoms")
        << legPain << uR"({ "motorDeficit": [], "sensoryDeficit": [] })"_s << emgRoots(u"[]"_s) << u"L1-L2"_s
        << u"true"_s << false;
    QTest::newRow("EMG without findings documented: follows symptoms")
        << legPain << kAbsent << uR"([{ "date": "2025-07-01" }])"_s << u"L1-L2"_s << u"true"_s << false;
    QTest::newRow("EMG after reviewDate ignored")
        << legPain << kAbsent << uR"([{ "date": "2025-11-18", "findings": [{ "root": "S1" }] }])"_s << u"L4-L5"_s
        << u"true"_s << false;
    QTest::newRow("EMG on reviewDate counts")
        << legPain << kAbsent << uR"([{ "date": "2025-11-17", "findings": [{ "root": "S1" }] }])"_s << u"L4-L5"_s
        << u"false"_s << true;
    QTest::newRow("reflex changes are not root findings")
        << legPain << uR"({ "reflexChanges": [{ "reflex": "achilles", "side": "left" }] })"_s << kAbsent << u"L4-L5"_s
        << u"true"_s << false;
    QTest::newRow("symptoms partial, roots elsewhere: not concordant")
        << partial << kAbsent << emgS1 << u"L4-L5"_s << u"false"_s << true;
    QTest::newRow("symptoms not documented, roots elsewhere: not concordant")
        << kAbsent << kAbsent << emgS1 << u"L4-L5"_s << u"false"_s << true;
    QTest::newRow("symptoms partial, root here: unknown")
        << partial << kAbsent << emgS1 << u"L5-S1"_s << u"unknown"_s << false;
    QTest::newRow("symptoms absent, root here: not concordant (symptoms)")
        << noSymptoms << kAbsent << emgS1 << u"L5-S1"_s << u"false"_s << false;
}

void TestFactTable::concordance()
{
    QFETCH(QString, symptoms);
    QFETCH(QString, exam);
    QFETCH(QString, emg);
    QFETCH(QString, level);
    QFETCH(QString, concordant);
    QFETCH(bool, elsewhere);
    CASE_FACTS(facts, members({{"symptoms", symptoms}, {"exam", exam}, {"emg", emg}}));
    const FactValue& fact = facts(FactId::LevelConcordant, levelFromName(level));
    QCOMPARE(describe(fact), concordant);
    QCOMPARE(fact.note, elsewhere ? kElsewhereNote : QString());
    if (!elsewhere)
        QCOMPARE(fact.paths, (QStringList{u"symptoms.neurogenicClaudication"_s, u"symptoms.legPain"_s}));
    if (!fact.isKnown())
        QCOMPARE(fact.record, kSymptomRecord);
}

void TestFactTable::concordancePaths()
{
    CASE_FACTS(facts, uR"(
        "symptoms": { "legPain": "left" },
        "exam": { "motorDeficit": [{ "root": "S1", "grade": 4 }], "sensoryDeficit": [{ "root": "S1" }] },
        "emg": [ { "date": "2025-01-01", "findings": [] },
                 { "date": "2025-07-01", "findings": [{ "root": "S1" }, { "root": "S1", "side": "right" }] } ])"_s);
    const FactValue& fact = facts(FactId::LevelConcordant, Level::L4L5);
    QCOMPARE(describe(fact), u"false"_s);
    QCOMPARE(fact.paths, (QStringList{u"emg[1].findings[0]"_s, u"emg[1].findings[1]"_s, u"exam.motorDeficit[0]"_s,
                                      u"exam.sensoryDeficit[0]"_s}));
    QCOMPARE(describe(facts(FactId::LevelConcordant, Level::L5S1)), u"true"_s);
}

void TestFactTable::weakestMotorGrade_data()
{
    QTest::addColumn<QString>("exam");
    QTest::addColumn<QString>("l5s1");
    QTest::addColumn<QString>("l3l4");
    QTest::addColumn<QStringList>("l5s1Paths");

    const QStringList base{u"exam.motorDeficit"_s};
    const auto deficits = [](const QString& list) { return uR"({ "motorDeficit": %1 })"_s.arg(list); };
    QTest::newRow("exam absent") << kAbsent << u"unknown, assumable"_s << u"unknown, assumable"_s << base;
    QTest::newRow("motorDeficit absent") << uR"({ "caudaEquina": false })"_s << u"unknown, assumable"_s
                                         << u"unknown, assumable"_s << base;
    QTest::newRow("motorDeficit empty: 5") << deficits(u"[]"_s) << u"5"_s << u"5"_s << base;
    QTest::newRow("L5 4") << deficits(uR"([{ "root": "L5", "side": "left", "grade": 4 }])"_s) << u"4"_s << u"5"_s
                          << QStringList{u"exam.motorDeficit[0]"_s};
    QTest::newRow("weakest per root group")
        << deficits(uR"([{ "root": "L5", "grade": 4 }, { "root": "S1", "grade": 2 }, { "root": "L4", "grade": 3 },
                         { "root": "L3", "grade": 4 }])"_s)
        << u"2"_s << u"3"_s << QStringList{u"exam.motorDeficit[0]"_s, u"exam.motorDeficit[1]"_s};
    QTest::newRow("L3 1 only") << deficits(uR"([{ "root": "L3", "grade": 1 }])"_s) << u"5"_s << u"1"_s << base;
    QTest::newRow("grade 0") << deficits(uR"([{ "root": "S1", "grade": 0 }])"_s) << u"0"_s << u"5"_s
                             << QStringList{u"exam.motorDeficit[0]"_s};
    QTest::newRow("other roots do not count")
        << deficits(uR"([{ "root": "L2", "grade": 1 }, { "root": "S2", "grade": 1 }])"_s) << u"5"_s << u"5"_s << base;
    QTest::newRow("a deficit in L5 without grade") << deficits(uR"([{ "root": "L5", "side": "left" }])"_s)
                                                   << u"unknown"_s << u"5"_s << QStringList{u"exam.motorDeficit[0]"_s};
    QTest::newRow("a deficit without root") << deficits(uR"([{ "side": "left", "grade": 2 }])"_s) << u"unknown"_s
                                            << u"unknown"_s << QStringList{u"exam.motorDeficit[0]"_s};
}

void TestFactTable::weakestMotorGrade()
{
    QFETCH(QString, exam);
    QFETCH(QString, l5s1);
    QFETCH(QString, l3l4);
    QFETCH(QStringList, l5s1Paths);
    CASE_FACTS(facts, members({{"exam", exam}}));
    const FactValue& lower = facts(FactId::WeakestMotorGradeL5S1);
    const FactValue& upper = facts(FactId::WeakestMotorGradeL3L4);
    QCOMPARE(describe(lower), l5s1);
    QCOMPARE(describe(upper), l3l4);
    QCOMPARE(lower.paths, l5s1Paths);
    if (lower.assumable)
        QCOMPARE(lower.record, u"a motor examination of roots L5 and S1"_s);
    else if (!lower.isKnown())
        QCOMPARE(lower.record, u"the root and MRC grade of each motor deficit (roots L5 and S1)"_s);
    if (upper.assumable)
        QCOMPARE(upper.record, u"a motor examination of roots L3 and L4"_s);
}

void TestFactTable::weakestMotorGradeNote()
{
    // A deficit whose grade or root is missing may be weaker than the graded ones: known, with a note.
    const QString note = u"another deficit's root or grade is not documented; it may be weaker"_s;
    {
        CASE_FACTS(facts, uR"("exam": { "motorDeficit": [{ "root": "L5" }, { "root": "S1", "grade": 3 }] })"_s);
        const FactValue& fact = facts(FactId::WeakestMotorGradeL5S1);
        QCOMPARE(describe(fact), u"3"_s);
        QCOMPARE(fact.note, note);
        QCOMPARE(fact.paths, (QStringList{u"exam.motorDeficit[0]"_s, u"exam.motorDeficit[1]"_s}));
        QCOMPARE(describe(facts(FactId::WeakestMotorGradeL3L4)), u"5"_s);
        QVERIFY(facts(FactId::WeakestMotorGradeL3L4).note.isEmpty());
    }
    {
        CASE_FACTS(facts, uR"("exam": { "motorDeficit": [{ "grade": 2 }, { "root": "L5", "grade": 4 }] })"_s);
        QCOMPARE(describe(facts(FactId::WeakestMotorGradeL5S1)), u"4"_s);
        QCOMPARE(facts(FactId::WeakestMotorGradeL5S1).note, note);
        QCOMPARE(describe(facts(FactId::WeakestMotorGradeL3L4)), u"unknown"_s);
    }
}

void TestFactTable::redFlags_data()
{
    QTest::addColumn<QString>("exam");
    QTest::addColumn<QStringList>("flags"); // caudaEquina, progressiveDeficit, infection, tumor, fracture

    const QString open = u"unknown, assumable"_s;
    QTest::newRow("exam absent") << kAbsent << QStringList{open, open, open, open, open};
    QTest::newRow("exam without red flags")
        << uR"({ "straightLegRaise": "positive" })"_s << QStringList{open, open, open, open, open};
    QTest::newRow("all documented")
        << uR"({ "caudaEquina": true, "progressiveDeficit": false, "infection": false, "tumor": true,
                 "fracture": false })"_s
        << QStringList{u"true"_s, u"false"_s, u"false"_s, u"true"_s, u"false"_s};
    QTest::newRow("some documented") << uR"({ "caudaEquina": false, "fracture": true })"_s
                                     << QStringList{u"false"_s, open, open, open, u"true"_s};
}

void TestFactTable::redFlags()
{
    QFETCH(QString, exam);
    QFETCH(QStringList, flags);
    CASE_FACTS(facts, members({{"exam", exam}}));
    const FactId ids[] = {FactId::CaudaEquina, FactId::ProgressiveDeficit, FactId::Infection, FactId::Tumor,
                          FactId::Fracture};
    const QString fields[] = {u"caudaEquina"_s, u"progressiveDeficit"_s, u"infection"_s, u"tumor"_s, u"fracture"_s};
    for (int i = 0; i < 5; ++i) {
        const FactValue& fact = facts(ids[i]);
        QCOMPARE(describe(fact), flags[i]);
        QCOMPARE(fact.paths, QStringList{u"exam."_s + fields[i]});
    }
    if (!facts(FactId::CaudaEquina).isKnown())
        QCOMPARE(facts(FactId::CaudaEquina).record, u"the examination's findings on cauda equina syndrome"_s);
}

void TestFactTable::emgRadiculopathy_data()
{
    QTest::addColumn<QString>("emg");
    QTest::addColumn<QString>("radiculopathy");

    QTest::newRow("absent") << kAbsent << u"unknown"_s;
    QTest::newRow("no studies") << u"[]"_s << u"false"_s;
    QTest::newRow("a normal study") << uR"([{ "date": "2025-07-01", "findings": [] }])"_s << u"false"_s;
    QTest::newRow("a finding") << uR"([{ "date": "2025-07-01", "findings": [{ "root": "L5" }] }])"_s << u"true"_s;
    QTest::newRow("a finding without root")
        << uR"([{ "date": "2025-07-01", "findings": [{ "side": "left" }] }])"_s << u"true"_s;
    QTest::newRow("normal study, then one with a finding")
        << uR"([{ "date": "2025-01-01", "findings": [] }, { "date": "2025-07-01", "findings": [{ "root": "S1" }] }])"_s
        << u"true"_s;
    QTest::newRow("finding dated after reviewDate ignored")
        << uR"([{ "date": "2025-11-18", "findings": [{ "root": "L5" }] }])"_s << u"false"_s;
    // case-format.md: absent is not false. A study whose findings are not documented does not say "normal".
    QTest::newRow("a study without findings documented") << uR"([{ "date": "2025-07-01" }])"_s << u"unknown"_s;
}

void TestFactTable::emgRadiculopathy()
{
    QFETCH(QString, emg);
    QFETCH(QString, radiculopathy);
    CASE_FACTS(facts, members({{"emg", emg}}));
    const FactValue& fact = facts(FactId::EmgRadiculopathy);
    QCOMPARE(describe(fact), radiculopathy);
    if (!fact.isKnown())
        QCOMPARE(fact.record, u"electrodiagnostic studies (EMG/NCS)"_s);
}

void TestFactTable::age_data()
{
    QTest::addColumn<QString>("patient");
    QTest::addColumn<QString>("reviewDate");
    QTest::addColumn<QString>("age");
    QTest::addColumn<QStringList>("paths");

    const QStringList birth{u"patient.birthDate"_s};
    const auto born = [](const char* date) { return uR"({ "birthDate": "%1" })"_s.arg(QString::fromLatin1(date)); };
    QTest::newRow("birthday on reviewDate") << born("1960-11-17") << u"2025-11-17"_s << u"65"_s << birth;
    QTest::newRow("birthday the day after") << born("1960-11-18") << u"2025-11-17"_s << u"64"_s << birth;
    QTest::newRow("birthday the day before") << born("1960-11-16") << u"2025-11-17"_s << u"65"_s << birth;
    QTest::newRow("birthday next month") << born("1960-12-01") << u"2025-11-17"_s << u"64"_s << birth;
    QTest::newRow("birthday earlier month, later day") << born("1960-10-30") << u"2025-11-17"_s << u"65"_s << birth;
    QTest::newRow("born Feb 29, review Feb 28") << born("1964-02-29") << u"2025-02-28"_s << u"60"_s << birth;
    QTest::newRow("born Feb 29, review Mar 1") << born("1964-02-29") << u"2025-03-01"_s << u"61"_s << birth;
    QTest::newRow("born Feb 29, review Feb 29") << born("1964-02-29") << u"2024-02-29"_s << u"60"_s << birth;
    QTest::newRow("born on reviewDate") << born("2025-11-17") << u"2025-11-17"_s << u"0"_s << birth;
    QTest::newRow("ageYears") << uR"({ "ageYears": 70 })"_s << u"2025-11-17"_s << u"70"_s
                              << QStringList{u"patient.ageYears"_s};
    QTest::newRow("neither") << uR"({ "sex": "male" })"_s << u"2025-11-17"_s << u"unknown"_s
                             << QStringList{u"patient.ageYears"_s};
    QTest::newRow("patient absent") << kAbsent << u"2025-11-17"_s << u"unknown"_s << QStringList{u"patient.ageYears"_s};
}

void TestFactTable::age()
{
    QFETCH(QString, patient);
    QFETCH(QString, reviewDate);
    QFETCH(QString, age);
    QFETCH(QStringList, paths);
    CASE_FACTS(facts, members({{"patient", patient}, {"reviewDate", u'"' + reviewDate + u'"'}}));
    const FactValue& fact = facts(FactId::AgeYears);
    QCOMPARE(describe(fact), age);
    QCOMPARE(fact.paths, paths);
    if (!fact.isKnown())
        QCOMPARE(fact.record, u"the patient's age"_s);
}

void TestFactTable::nicotineQuitDays_data()
{
    QTest::addColumn<QString>("quitDate");
    QTest::addColumn<QString>("plannedSurgeryDate");
    QTest::addColumn<QString>("days");

    QTest::newRow("to reviewDate when no surgery date") << u"2025-10-01"_s << kAbsent << u"47"_s;
    QTest::newRow("to the planned surgery date") << u"2025-10-01"_s << u"2025-12-01"_s << u"61"_s;
    QTest::newRow("planned surgery before reviewDate") << u"2025-10-01"_s << u"2025-11-01"_s << u"31"_s;
    QTest::newRow("quit on the surgery date") << u"2025-12-01"_s << u"2025-12-01"_s << u"0"_s;
    QTest::newRow("quit after the surgery date") << u"2025-12-15"_s << u"2025-12-01"_s << u"-14"_s;
    QTest::newRow("quit date absent") << kAbsent << u"2025-12-01"_s << u"unknown"_s;
}

void TestFactTable::nicotineQuitDays()
{
    QFETCH(QString, quitDate);
    QFETCH(QString, plannedSurgeryDate);
    QFETCH(QString, days);
    const QString patient = quitDate == kAbsent
                                ? uR"({ "nicotine": "former" })"_s
                                : uR"({ "nicotine": "former", "nicotineQuitDate": "%1" })"_s.arg(quitDate);
    QString request = uR"({ "levels": ["L4-L5"], "components": ["fusion"])"_s;
    if (plannedSurgeryDate != kAbsent)
        request += u", \"plannedSurgeryDate\": \""_s + plannedSurgeryDate + u'"';
    request += u" }"_s;
    CASE_FACTS(facts, members({{"patient", patient}, {"request", request}}));
    const FactValue& fact = facts(FactId::NicotineQuitDaysBeforeSurgery);
    QCOMPARE(describe(fact), days);
    QCOMPARE(fact.paths, QStringList{u"patient.nicotineQuitDate"_s});
    if (!fact.isKnown())
        QCOMPARE(fact.record, u"the date nicotine use stopped"_s);
    QCOMPARE(describe(facts(FactId::Nicotine)), u"\"former\""_s);
}

void TestFactTable::cotinine_data()
{
    QTest::addColumn<QString>("test");
    QTest::addColumn<QString>("plannedSurgeryDate");
    QTest::addColumn<QString>("days");
    QTest::addColumn<QString>("hasNumber");
    QTest::addColumn<QString>("ngPerMl");
    QTest::addColumn<QString>("result");

    const QString open = u"unknown"_s;
    QTest::newRow("full test, to reviewDate") << uR"({ "date": "2025-11-10", "result": "negative", "ngPerMl": 1.5 })"_s
                                              << kAbsent << u"7"_s << u"true"_s << u"1.5"_s << u"\"negative\""_s;
    QTest::newRow("full test, to the planned surgery")
        << uR"({ "date": "2025-11-10", "result": "negative", "ngPerMl": 0 })"_s << u"2025-12-01"_s << u"21"_s
        << u"true"_s << u"0"_s << u"\"negative\""_s;
    QTest::newRow("result without a number") << uR"({ "date": "2025-11-10", "result": "positive" })"_s << kAbsent
                                             << u"7"_s << u"false"_s << open << u"\"positive\""_s;
    QTest::newRow("test without date") << uR"({ "result": "negative" })"_s << kAbsent << open << u"false"_s << open
                                       << u"\"negative\""_s;
    QTest::newRow("no test") << kAbsent << kAbsent << open << open << open << open;
}

void TestFactTable::cotinine()
{
    QFETCH(QString, test);
    QFETCH(QString, plannedSurgeryDate);
    QFETCH(QString, days);
    QFETCH(QString, hasNumber);
    QFETCH(QString, ngPerMl);
    QFETCH(QString, result);
    const QString patient = test == kAbsent ? uR"({ "nicotine": "never" })"_s
                                            : uR"({ "nicotine": "never", "cotinineTest": %1 })"_s.arg(test);
    QString request = uR"({ "levels": ["L4-L5"], "components": ["fusion"])"_s;
    if (plannedSurgeryDate != kAbsent)
        request += u", \"plannedSurgeryDate\": \""_s + plannedSurgeryDate + u'"';
    request += u" }"_s;
    CASE_FACTS(facts, members({{"patient", patient}, {"request", request}}));
    QCOMPARE(describe(facts(FactId::CotinineDaysBeforeSurgery)), days);
    QCOMPARE(describe(facts(FactId::CotinineHasNumber)), hasNumber);
    QCOMPARE(describe(facts(FactId::CotinineNgPerMl)), ngPerMl);
    QCOMPARE(describe(facts(FactId::CotinineResult)), result);
    if (test == kAbsent) {
        QCOMPARE(facts(FactId::CotinineHasNumber).record, u"a cotinine test in the weeks before surgery"_s);
        QCOMPARE(facts(FactId::CotinineDaysBeforeSurgery).record, u"a cotinine test in the weeks before surgery"_s);
    }
}

void TestFactTable::patientAssumable()
{
    {
        // Assumed absent when undocumented: ctHounsfieldUnits, osteoporosis, pregnant (but not dexaTScore).
        CASE_FACTS(facts, uR"("patient": { "sex": "female" })"_s);
        QCOMPARE(describe(facts(FactId::CtHounsfieldUnits)), u"unknown, assumable"_s);
        QCOMPARE(describe(facts(FactId::Osteoporosis)), u"unknown, assumable"_s);
        QCOMPARE(describe(facts(FactId::Pregnant)), u"unknown, assumable"_s);
        for (FactId id : {FactId::DexaTScore, FactId::Diabetes, FactId::Hba1c, FactId::Bmi, FactId::ChronicSteroids,
                          FactId::RenalDisease, FactId::AlcoholUseDisorder, FactId::Nicotine})
            QVERIFY2(describe(facts(id)) == u"unknown"_s, FactCatalog::definition(id).name);
        QCOMPARE(facts(FactId::DexaTScore).record, u"a bone density study (DEXA T-score)"_s);
    }
    {
        CASE_FACTS(facts, QString());
        QCOMPARE(describe(facts(FactId::Pregnant)), u"unknown, assumable"_s);
        QCOMPARE(describe(facts(FactId::DexaTScore)), u"unknown"_s);
    }
    {
        CASE_FACTS(facts, uR"("patient": { "ctHounsfieldUnits": 95, "osteoporosis": false, "pregnant": false,
                                           "dexaTScore": -2.7, "bmi": 41.2, "renalDisease": true })"_s);
        QCOMPARE(describe(facts(FactId::CtHounsfieldUnits)), u"95"_s);
        QCOMPARE(describe(facts(FactId::Osteoporosis)), u"false"_s);
        QCOMPARE(describe(facts(FactId::Pregnant)), u"false"_s);
        QCOMPARE(describe(facts(FactId::DexaTScore)), u"-2.7"_s);
        QCOMPARE(describe(facts(FactId::Bmi)), u"41.2"_s);
        QCOMPARE(describe(facts(FactId::RenalDisease)), u"true"_s);
        QCOMPARE(facts(FactId::DexaTScore).paths, QStringList{u"patient.dexaTScore"_s});
    }
}

void TestFactTable::criteriaInEffect_data()
{
    QTest::addColumn<QDate>("effectiveDate");
    QTest::addColumn<QString>("inEffect");

    QTest::newRow("effective on reviewDate") << QDate(2025, 11, 17) << u"true"_s;
    QTest::newRow("effective the day after") << QDate(2025, 11, 18) << u"false"_s;
    QTest::newRow("effective long before") << QDate(2020, 1, 1) << u"true"_s;
    QTest::newRow("no effective date") << QDate() << u"unknown"_s;
}

void TestFactTable::criteriaInEffect()
{
    QFETCH(QDate, effectiveDate);
    QFETCH(QString, inEffect);
    CASE_FACTS(facts, QString(), FactParameters{12, 12, effectiveDate});
    const FactValue& fact = facts(FactId::CriteriaInEffect);
    QCOMPARE(describe(fact), inEffect);
    QCOMPARE(fact.paths, QStringList{u"reviewDate"_s});
}

void TestFactTable::fusionLevelCount_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("count");

    QTest::newRow("fusion at every requested level")
        << uR"({ "levels": ["L3-L4", "L4-L5"], "components": ["decompression", "fusion"] })"_s << u"2"_s;
    QTest::newRow("componentLevels narrows the fusion")
        << uR"({ "levels": ["L3-L4", "L4-L5"], "components": ["decompression", "fusion"],
                 "componentLevels": { "fusion": ["L4-L5"] } })"_s
        << u"1"_s;
    QTest::newRow("componentLevels of another component only")
        << uR"({ "levels": ["L3-L4", "L4-L5", "L5-S1"], "components": ["decompression", "fusion"],
                 "componentLevels": { "decompression": ["L5-S1"] } })"_s
        << u"3"_s;
    QTest::newRow("fusion not requested")
        << uR"({ "levels": ["L3-L4", "L4-L5"], "components": ["decompression"] })"_s << u"0"_s;
}

void TestFactTable::fusionLevelCount()
{
    QFETCH(QString, request);
    QFETCH(QString, count);
    CASE_FACTS(facts, members({{"request", request}}));
    QCOMPARE(describe(facts(FactId::FusionLevelCount)), count);
}

void TestFactTable::requestFields()
{
    {
        CASE_FACTS(facts, kRichCase);
        QCOMPARE(describe(facts(FactId::InterbodyTechnique)), u"\"TLIF\""_s);
        QCOMPARE(describe(facts(FactId::Approach)), u"\"posterior\""_s);
        QCOMPARE(describe(facts(FactId::Setting)), u"\"inpatient\""_s);
        QCOMPARE(describe(facts(FactId::ExpectedMidnights)), u"2"_s);
        QCOMPARE(describe(facts(FactId::InpatientRiskFactorCount)), u"1"_s);
        QCOMPARE(facts(FactId::InpatientRiskFactorCount).paths, QStringList{u"request.inpatientRiskFactors"_s});
        QCOMPARE(describe(facts(FactId::FusionLevelCount)), u"1"_s);
    }
    {
        CASE_FACTS(facts, uR"("request": { "levels": ["L4-L5"], "components": ["fusion"], "inpatientRiskFactors": [],
                                           "autograftInsufficient": false, "bmpContraindication": true })"_s);
        QCOMPARE(describe(facts(FactId::InpatientRiskFactorCount)), u"0"_s);
        QCOMPARE(describe(facts(FactId::AutograftInsufficient)), u"false"_s);
        QCOMPARE(describe(facts(FactId::BmpContraindication)), u"true"_s);
    }
    {
        CASE_FACTS(facts, uR"("request": { "levels": ["L4-L5"], "components": ["fusion"],
                                           "inpatientRiskFactors": ["asa_3_or_more", "sleep_apnea_cpap",
                                                                    "no_home_support"] })"_s);
        QCOMPARE(describe(facts(FactId::InpatientRiskFactorCount)), u"3"_s);
    }
    {
        // Assumed absent when undocumented: inpatientRiskFactors, autograftInsufficient, bmpContraindication.
        CASE_FACTS(facts, QString());
        const FactValue& risk = facts(FactId::InpatientRiskFactorCount);
        QCOMPARE(describe(risk), u"unknown, assumable"_s);
        QCOMPARE(risk.record, u"documented reasons for an inpatient stay"_s);
        QCOMPARE(describe(facts(FactId::AutograftInsufficient)), u"unknown, assumable"_s);
        QCOMPARE(describe(facts(FactId::BmpContraindication)), u"unknown, assumable"_s);
        for (FactId id :
             {FactId::InterbodyTechnique, FactId::Approach, FactId::PosterolateralFusion, FactId::AutograftSource,
              FactId::BmaHybridWithIliacCrest, FactId::Setting, FactId::ExpectedMidnights})
            QVERIFY2(describe(facts(id)) == u"unknown"_s, FactCatalog::definition(id).name);
    }
}

QTEST_GUILESS_MAIN(TestFactTable)
#include "tst_facttable.moc"
