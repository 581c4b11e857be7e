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

// The imaging facts (criteria-reference.md, "Studies that count", "Where a finding comes from", "A level is
// described"): level.described, the stenosis ranks, slip, pars and dynamic translation (after a prior operation
// at an operated level), and the case-wide measures.

namespace {

const QString kAbsent = u"<absent>"_s;
const QString kNoCurrentStudy = u"a current MRI or CT (within 12 months)"_s;
const QString kAddressL4L5 = u"an MRI or CT report addressing L4-L5"_s;
const QString kAfterOperationL4L5 = u"an MRI or CT of L4-L5 after the prior operation"_s;
const QString kGradedL4L5 = u"a graded report of stenosis at L4-L5"_s;

// One study as JSON text; `levels` is the text of its levels object, empty for none.
QString study(const QString& modality, const QString& date, const QString& levels = {})
{
    QString text = u"{ \"modality\": \""_s + modality + u"\", \"date\": \""_s + date + u'"';
    if (!levels.isEmpty())
        text += u", \"levels\": "_s + levels;
    return text + u" }"_s;
}

QString studies(const QStringList& list)
{
    return u'[' + list.join(u", "_s) + u']';
}

// The members of a case from optional imaging, surgicalHistory and reviewDate texts (kAbsent leaves one out).
QString caseWith(const QString& imaging, const QString& surgicalHistory = kAbsent,
                 const QString& reviewDate = u"2025-11-17"_s)
{
    QStringList members{u"\"reviewDate\": \""_s + reviewDate + u'"'};
    if (imaging != kAbsent)
        members.append(u"\"imaging\": "_s + imaging);
    if (surgicalHistory != kAbsent)
        members.append(u"\"surgicalHistory\": "_s + surgicalHistory);
    return members.join(u", "_s);
}

QString levelPath(int study, const QString& field)
{
    return u"imaging[%1].levels.L4-L5."_s.arg(study) + field;
}

const QString kL4L5Empty = uR"({ "L4-L5": {} })"_s;
const QString kL3L4Only = uR"({ "L3-L4": { "centralStenosis": "severe" } })"_s;
const QString kLaminectomy2020 = uR"([{ "procedure": "laminectomy", "levels": ["L4-L5"], "date": "2020-05-01" }])"_s;

} // namespace

class TestImagingFacts : public QObject
{
    Q_OBJECT

private slots:
    void described_data();
    void described();
    void describedPaths();
    void stenosisRanks_data();
    void stenosisRanks();
    void stenosisPathsAndLabel();
    void stenosisSource_data();
    void stenosisSource();
    void stenosisWindowFollowsParameter();
    void slipGrade_data();
    void slipGrade();
    void slipTypeAndProgression();
    void dynamicTranslation_data();
    void dynamicTranslation();
    void parsDefect_data();
    void parsDefect();
    void parsDefectLevelCount_data();
    void parsDefectLevelCount();
    void deformityMeasures();
    void otherLevelFindings();
};

void TestImagingFacts::described_data()
{
    QTest::addColumn<QString>("imaging");
    QTest::addColumn<QString>("reviewDate");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("described");
    QTest::addColumn<QString>("record");

    const QString review = u"2025-11-17"_s;
    for (const char* modality : {"MRI", "CT", "CT_myelogram"}) {
        const QString m = QString::fromLatin1(modality);
        QTest::addRow("%s dated exactly reviewDate - 12 months", modality)
            << studies({study(m, u"2024-11-17"_s, kL4L5Empty)}) << review << 12 << u"true"_s << QString();
        QTest::addRow("%s one day older", modality)
            << studies({study(m, u"2024-11-16"_s, kL4L5Empty)}) << review << 12 << u"unknown"_s << kNoCurrentStudy;
        QTest::addRow("%s on reviewDate", modality)
            << studies({study(m, review, kL4L5Empty)}) << review << 12 << u"true"_s << QString();
    }
    QTest::newRow("xray never qualifies")
        << studies({study(u"xray"_s, u"2025-11-01"_s, kL4L5Empty)}) << review << 12 << u"unknown"_s << kNoCurrentStudy;
    QTest::newRow("flexion-extension xray never qualifies")
        << studies({study(u"flexion_extension_xray"_s, u"2025-11-01"_s, kL4L5Empty)}) << review << 12 << u"unknown"_s
        << kNoCurrentStudy;
    QTest::newRow("MRI dated after reviewDate is ignored")
        << studies({study(u"MRI"_s, u"2025-11-18"_s, kL4L5Empty)}) << review << 12 << u"unknown"_s << kNoCurrentStudy;
    QTest::newRow("qualifying MRI of another level")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, kL3L4Only)}) << review << 12 << u"unknown"_s << kAddressL4L5;
    QTest::newRow("qualifying MRI without levels")
        << studies({study(u"MRI"_s, u"2025-06-01"_s)}) << review << 12 << u"unknown"_s << kAddressL4L5;
    QTest::newRow("old MRI describes it, current MRI does not")
        << studies({study(u"MRI"_s, u"2023-06-01"_s, kL4L5Empty), study(u"MRI"_s, u"2025-06-01"_s, kL3L4Only)})
        << review << 12 << u"unknown"_s << kAddressL4L5;
    QTest::newRow("current MRI describes it, later xray does not")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, kL4L5Empty), study(u"xray"_s, u"2025-09-01"_s, kL3L4Only)})
        << review << 12 << u"true"_s << QString();
    QTest::newRow("imaging absent") << kAbsent << review << 12 << u"unknown"_s << kNoCurrentStudy;
    QTest::newRow("imaging empty") << u"[]"_s << review << 12 << u"unknown"_s << kNoCurrentStudy;
    QTest::newRow("6 months: exactly reviewDate - 6 months")
        << studies({study(u"MRI"_s, u"2025-05-17"_s, kL4L5Empty)}) << review << 6 << u"true"_s << QString();
    QTest::newRow("6 months: one day older") << studies({study(u"MRI"_s, u"2025-05-16"_s, kL4L5Empty)}) << review << 6
                                             << u"unknown"_s << u"a current MRI or CT (within 6 months)"_s;
    QTest::newRow("review 2024-02-29: 12 months back is 2023-02-28")
        << studies({study(u"MRI"_s, u"2023-02-28"_s, kL4L5Empty)}) << u"2024-02-29"_s << 12 << u"true"_s << QString();
    QTest::newRow("review 2024-02-29: 2023-02-27 is too old")
        << studies({study(u"MRI"_s, u"2023-02-27"_s, kL4L5Empty)}) << u"2024-02-29"_s << 12 << u"unknown"_s
        << kNoCurrentStudy;
    QTest::newRow("review 2025-08-31, 6 months: 2025-02-28 qualifies")
        << studies({study(u"CT"_s, u"2025-02-28"_s, kL4L5Empty)}) << u"2025-08-31"_s << 6 << u"true"_s << QString();
    QTest::newRow("review 2025-08-31, 6 months: 2025-02-27 does not")
        << studies({study(u"CT"_s, u"2025-02-27"_s, kL4L5Empty)}) << u"2025-08-31"_s << 6 << u"unknown"_s
        << u"a current MRI or CT (within 6 months)"_s;
}

void TestImagingFacts::described()
{
    QFETCH(QString, imaging);
    QFETCH(QString, reviewDate);
    QFETCH(int, months);
    QFETCH(QString, described);
    QFETCH(QString, record);
    CASE_FACTS(facts, caseWith(imaging, u"[]"_s, reviewDate), FactParameters{months, 12, QDate()});
    const FactValue& fact = facts(FactId::LevelDescribed, Level::L4L5);
    QCOMPARE(describe(fact), described); // never false, never assumable
    QCOMPARE(fact.record, record);
    // Known: the entry of the (one) describing study; unknown: the imaging list.
    QCOMPARE(fact.paths, QStringList{fact.isKnown() ? u"imaging[0].levels.L4-L5"_s : u"imaging"_s});
    if (!fact.isKnown()) {
        // Stenosis and slip are unknown where no qualifying study describes the level, naming the same record.
        for (FactId id : {FactId::LevelWorstStenosis, FactId::LevelCentralStenosis, FactId::LevelForaminalStenosis}) {
            QCOMPARE(describe(facts(id, Level::L4L5)), u"unknown"_s);
            QCOMPARE(facts(id, Level::L4L5).record, record);
        }
        QCOMPARE(describe(facts(FactId::LevelSlipGrade, Level::L4L5)), u"unknown"_s);
        QCOMPARE(facts(FactId::LevelSlipGrade, Level::L4L5).record, record);
    }
}

void TestImagingFacts::describedPaths()
{
    // Every qualifying study's entry for the level, most authoritative first; films and old studies left out.
    CASE_FACTS(
        facts,
        caseWith(studies({study(u"MRI"_s, u"2025-03-01"_s, kL4L5Empty), study(u"xray"_s, u"2025-09-01"_s, kL4L5Empty),
                          study(u"CT"_s, u"2025-08-01"_s, kL4L5Empty), study(u"MRI"_s, u"2023-01-01"_s, kL4L5Empty),
                          study(u"MRI"_s, u"2025-08-01"_s, kL4L5Empty), study(u"MRI"_s, u"2025-10-01"_s, kL3L4Only)})));
    const FactValue& fact = facts(FactId::LevelDescribed, Level::L4L5);
    QCOMPARE(describe(fact), u"true"_s);
    QCOMPARE(fact.paths,
             (QStringList{u"imaging[4].levels.L4-L5"_s, u"imaging[2].levels.L4-L5"_s, u"imaging[0].levels.L4-L5"_s}));
    QCOMPARE(facts(FactId::LevelDescribed, Level::L3L4).paths, QStringList{u"imaging[5].levels.L3-L4"_s});
}

void TestImagingFacts::stenosisRanks_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("worst");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("ungradedNote");
    QTest::addColumn<QString>("central");
    QTest::addColumn<QString>("foraminal");

    const QString open = u"unknown, assumable"_s;
    QTest::newRow("central moderate only")
        << uR"({ "centralStenosis": "moderate" })"_s << u"3"_s << u"moderate"_s << true << u"3"_s << open;
    QTest::newRow("central severe only") << uR"({ "centralStenosis": "severe" })"_s << u"5"_s << u"severe"_s << true
                                         << u"5"_s << open;
    QTest::newRow("lateral recess left moderate_severe only")
        << uR"({ "lateralRecessStenosis": { "left": "moderate_severe" } })"_s << u"4"_s << u"moderate_severe"_s << true
        << open << open;
    QTest::newRow("lateral recess right worst of five")
        << uR"({ "centralStenosis": "mild", "lateralRecessStenosis": { "left": "mild", "right": "severe" },
                 "foraminalStenosis": { "left": "moderate", "right": "mild_moderate" } })"_s
        << u"5"_s << u"severe"_s << false << u"1"_s << u"3"_s;
    QTest::newRow("foraminal right severe only")
        << uR"({ "foraminalStenosis": { "right": "severe" } })"_s << u"5"_s << u"severe"_s << true << open << u"5"_s;
    QTest::newRow("foraminal left worse than right")
        << uR"({ "foraminalStenosis": { "left": "moderate_severe", "right": "mild" } })"_s << u"4"_s
        << u"moderate_severe"_s << true << open << u"4"_s;
    QTest::newRow("all five zones none")
        << uR"({ "centralStenosis": "none", "lateralRecessStenosis": { "left": "none", "right": "none" },
                 "foraminalStenosis": { "left": "none", "right": "none" } })"_s
        << u"0"_s << u"none"_s << false << u"0"_s << u"0"_s;
    QTest::newRow("mild_moderate is rank 2")
        << uR"({ "centralStenosis": "mild_moderate", "foraminalStenosis": { "left": "mild", "right": "none" } })"_s
        << u"2"_s << u"mild_moderate"_s << true << u"2"_s << u"1"_s;
    QTest::newRow("described, nothing graded")
        << uR"({ "discHeightLoss": "moderate" })"_s << open << QString() << false << open << open;
    QTest::newRow("described, empty entry") << u"{}"_s << open << QString() << false << open << open;
}

void TestImagingFacts::stenosisRanks()
{
    QFETCH(QString, entry);
    QFETCH(QString, worst);
    QFETCH(QString, label);
    QFETCH(bool, ungradedNote);
    QFETCH(QString, central);
    QFETCH(QString, foraminal);
    CASE_FACTS(facts, caseWith(studies({study(u"MRI"_s, u"2025-06-01"_s, u"{ \"L4-L5\": "_s + entry + u" }"_s)})));

    const FactValue& worstFact = facts(FactId::LevelWorstStenosis, Level::L4L5);
    QCOMPARE(describe(worstFact), worst);
    QCOMPARE(worstFact.label, label);
    QCOMPARE(worstFact.note, ungradedNote ? u"zones the report leaves ungraded are taken as none"_s : QString());
    QCOMPARE(describe(facts(FactId::LevelCentralStenosis, Level::L4L5)), central);
    QCOMPARE(describe(facts(FactId::LevelForaminalStenosis, Level::L4L5)), foraminal);
    QCOMPARE(describe(facts(FactId::LevelDescribed, Level::L4L5)), u"true"_s);
    for (FactId id : {FactId::LevelWorstStenosis, FactId::LevelCentralStenosis, FactId::LevelForaminalStenosis}) {
        const FactValue& fact = facts(id, Level::L4L5);
        if (!fact.isKnown())
            QCOMPARE(fact.record, kGradedL4L5);
    }
}

void TestImagingFacts::stenosisPathsAndLabel()
{
    CASE_FACTS(facts, caseWith(studies({study(u"MRI"_s, u"2025-06-01"_s, uR"({ "L4-L5": {
        "centralStenosis": "moderate", "lateralRecessStenosis": { "left": "mild", "right": "severe" },
        "foraminalStenosis": { "left": "none", "right": "moderate_severe" } } })"_s)})));
    const FactValue& worst = facts(FactId::LevelWorstStenosis, Level::L4L5);
    QCOMPARE(worst.paths,
             (QStringList{levelPath(0, u"centralStenosis"_s), levelPath(0, u"lateralRecessStenosis.left"_s),
                          levelPath(0, u"lateralRecessStenosis.right"_s), levelPath(0, u"foraminalStenosis.left"_s),
                          levelPath(0, u"foraminalStenosis.right"_s)}));
    QCOMPARE(worst.display(), u"severe (5)"_s);
    QVERIFY(worst.note.isEmpty());

    const FactValue& central = facts(FactId::LevelCentralStenosis, Level::L4L5);
    QCOMPARE(describe(central), u"3"_s);
    QCOMPARE(central.label, u"moderate"_s);
    QCOMPARE(central.paths, QStringList{levelPath(0, u"centralStenosis"_s)});

    const FactValue& foraminal = facts(FactId::LevelForaminalStenosis, Level::L4L5);
    QCOMPARE(describe(foraminal), u"4"_s);
    QCOMPARE(foraminal.label, u"moderate_severe"_s);
    QVERIFY(foraminal.note.isEmpty());

    // An undescribed level next to it: unknown, not assumable.
    const FactValue& other = facts(FactId::LevelWorstStenosis, Level::L5S1);
    QCOMPARE(describe(other), u"unknown"_s);
    QCOMPARE(other.record, u"an MRI or CT report addressing L5-S1"_s);
    QCOMPARE(describe(facts(FactId::LevelDescribed, Level::L5S1)), u"unknown"_s);
}

void TestImagingFacts::stenosisSource_data()
{
    QTest::addColumn<QString>("imaging");
    QTest::addColumn<QString>("central");
    QTest::addColumn<QStringList>("paths");

    const auto central = [](const char* grade) {
        return uR"({ "L4-L5": { "centralStenosis": "%1" } })"_s.arg(QString::fromLatin1(grade));
    };
    const auto path = [](int index) { return QStringList{levelPath(index, u"centralStenosis"_s)}; };
    QTest::newRow("most recent study wins") << studies({study(u"MRI"_s, u"2025-08-01"_s, central("mild")),
                                                        study(u"MRI"_s, u"2025-03-01"_s, central("severe"))})
                                            << u"1"_s << path(0);
    QTest::newRow("most recent study wins, other array order")
        << studies(
               {study(u"MRI"_s, u"2025-03-01"_s, central("severe")), study(u"MRI"_s, u"2025-08-01"_s, central("mild"))})
        << u"1"_s << path(1);
    QTest::newRow("a newer study that leaves it ungraded does not hide it")
        << studies({study(u"MRI"_s, u"2025-03-01"_s, central("severe")), study(u"MRI"_s, u"2025-08-01"_s, kL4L5Empty)})
        << u"5"_s << path(0);
    QTest::newRow("same day: MRI beats CT (CT first)") << studies({study(u"CT"_s, u"2025-06-01"_s, central("severe")),
                                                                   study(u"MRI"_s, u"2025-06-01"_s, central("mild"))})
                                                       << u"1"_s << path(1);
    QTest::newRow("same day: MRI beats CT (MRI first)") << studies({study(u"MRI"_s, u"2025-06-01"_s, central("mild")),
                                                                    study(u"CT"_s, u"2025-06-01"_s, central("severe"))})
                                                        << u"1"_s << path(0);
    QTest::newRow("same day: MRI beats CT myelogram")
        << studies({study(u"CT_myelogram"_s, u"2025-06-01"_s, central("severe")),
                    study(u"MRI"_s, u"2025-06-01"_s, central("mild"))})
        << u"1"_s << path(1);
    QTest::newRow("same day: CT myelogram beats CT")
        << studies({study(u"CT_myelogram"_s, u"2025-06-01"_s, central("moderate")),
                    study(u"CT"_s, u"2025-06-01"_s, central("severe"))})
        << u"3"_s << path(0);
    QTest::newRow("same day, same modality: later entry wins")
        << studies(
               {study(u"MRI"_s, u"2025-06-01"_s, central("mild")), study(u"MRI"_s, u"2025-06-01"_s, central("severe"))})
        << u"5"_s << path(1);
    QTest::newRow("same day, same modality: later entry wins (reversed)")
        << studies(
               {study(u"MRI"_s, u"2025-06-01"_s, central("severe")), study(u"MRI"_s, u"2025-06-01"_s, central("mild"))})
        << u"1"_s << path(1);
    QTest::newRow("newer CT beats older MRI") << studies({study(u"MRI"_s, u"2025-06-01"_s, central("severe")),
                                                          study(u"CT"_s, u"2025-06-02"_s, central("mild"))})
                                              << u"1"_s << path(1);
    QTest::newRow("study after reviewDate ignored") << studies({study(u"MRI"_s, u"2025-11-18"_s, central("severe")),
                                                                study(u"MRI"_s, u"2025-06-01"_s, central("mild"))})
                                                    << u"1"_s << path(1);
    QTest::newRow("stenosis only from qualifying imaging: later xray ignored")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, central("mild")),
                    study(u"xray"_s, u"2025-09-01"_s, central("severe"))})
        << u"1"_s << path(0);
    QTest::newRow("stenosis only from qualifying imaging: older MRI ignored")
        << studies({study(u"MRI"_s, u"2023-06-01"_s, central("severe")), study(u"MRI"_s, u"2025-06-01"_s, kL4L5Empty)})
        << u"unknown, assumable"_s << QStringList{u"imaging"_s};
}

void TestImagingFacts::stenosisSource()
{
    QFETCH(QString, imaging);
    QFETCH(QString, central);
    QFETCH(QStringList, paths);
    CASE_FACTS(facts, caseWith(imaging));
    const FactValue& fact = facts(FactId::LevelCentralStenosis, Level::L4L5);
    QCOMPARE(describe(fact), central);
    QCOMPARE(fact.paths, paths);
}

void TestImagingFacts::stenosisWindowFollowsParameter()
{
    // Each finding from its own most recent study: central from the newer MRI, foraminal from the older one.
    const QString imaging = studies(
        {study(u"MRI"_s, u"2025-05-16"_s,
               uR"({ "L4-L5": { "centralStenosis": "severe", "foraminalStenosis": { "left": "moderate" } } })"_s),
         study(u"MRI"_s, u"2025-09-01"_s, uR"({ "L4-L5": { "centralStenosis": "mild" } })"_s)});
    {
        CASE_FACTS(facts, caseWith(imaging));
        const FactValue& worst = facts(FactId::LevelWorstStenosis, Level::L4L5);
        QCOMPARE(describe(worst), u"3"_s);
        QCOMPARE(worst.paths,
                 (QStringList{levelPath(1, u"centralStenosis"_s), levelPath(0, u"foraminalStenosis.left"_s)}));
        QCOMPARE(describe(facts(FactId::LevelCentralStenosis, Level::L4L5)), u"1"_s);
        QCOMPARE(describe(facts(FactId::LevelForaminalStenosis, Level::L4L5)), u"3"_s);
    }
    {
        // Within 6 months only the September MRI qualifies.
        CASE_FACTS(facts, caseWith(imaging), FactParameters{6, 12, QDate()});
        QCOMPARE(describe(facts(FactId::LevelWorstStenosis, Level::L4L5)), u"1"_s);
        QCOMPARE(describe(facts(FactId::LevelCentralStenosis, Level::L4L5)), u"1"_s);
        QCOMPARE(describe(facts(FactId::LevelForaminalStenosis, Level::L4L5)), u"unknown, assumable"_s);
    }
    {
        CASE_FACTS(facts, caseWith(studies({study(u"MRI"_s, u"2025-05-16"_s, kL4L5Empty)})),
                   FactParameters{6, 12, QDate()});
        const FactValue& worst = facts(FactId::LevelWorstStenosis, Level::L4L5);
        QCOMPARE(describe(worst), u"unknown"_s);
        QCOMPARE(worst.record, u"a current MRI or CT (within 6 months)"_s);
    }
}

void TestImagingFacts::slipGrade_data()
{
    QTest::addColumn<QString>("imaging");
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("slip");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("paths");

    const auto slip = [](int grade) {
        return uR"({ "L4-L5": { "spondylolisthesis": { "grade": %1 } } })"_s.arg(grade);
    };
    const auto path = [](int index) { return QStringList{levelPath(index, u"spondylolisthesis.grade"_s)}; };
    const QStringList imagingPath{u"imaging"_s};
    const QString graded = uR"({ "L4-L5": { "centralStenosis": "mild" } })"_s;

    QTest::newRow("qualifying MRI grades it 1")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, slip(1))}) << u"[]"_s << u"1"_s << QString() << path(0);
    QTest::newRow("grade 0 documented") << studies({study(u"MRI"_s, u"2025-06-01"_s, slip(0))}) << u"[]"_s << u"0"_s
                                        << QString() << path(0);
    QTest::newRow("described, slip not mentioned: assumed absent")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, graded)}) << u"[]"_s << u"unknown, assumable"_s << kAddressL4L5
        << imagingPath;
    QTest::newRow("described, surgical history absent: still assumable")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, graded)}) << kAbsent << u"unknown, assumable"_s << kAddressL4L5
        << imagingPath;
    QTest::newRow("not described") << studies({study(u"MRI"_s, u"2025-06-01"_s, kL3L4Only)}) << u"[]"_s << u"unknown"_s
                                   << kAddressL4L5 << imagingPath;
    QTest::newRow("no imaging") << kAbsent << u"[]"_s << u"unknown"_s << kNoCurrentStudy << imagingPath;
    QTest::newRow("only an old MRI describes it") << studies({study(u"MRI"_s, u"2023-06-01"_s, kL4L5Empty)}) << u"[]"_s
                                                  << u"unknown"_s << kNoCurrentStudy << imagingPath;
    QTest::newRow("slip from any study: old xray")
        << studies({study(u"xray"_s, u"2023-01-01"_s, slip(2))}) << u"[]"_s << u"2"_s << QString() << path(0);
    QTest::newRow("most recent wins: later flexion-extension films")
        << studies({study(u"MRI"_s, u"2025-03-01"_s, slip(1)),
                    study(u"flexion_extension_xray"_s, u"2025-08-01"_s, slip(2))})
        << u"[]"_s << u"2"_s << QString() << path(1);
    QTest::newRow("same day: MRI beats xray")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, slip(1)), study(u"xray"_s, u"2025-06-01"_s, slip(2))}) << u"[]"_s
        << u"1"_s << QString() << path(0);
    QTest::newRow("same day: CT beats xray, whatever the order")
        << studies({study(u"xray"_s, u"2025-06-01"_s, slip(2)), study(u"CT"_s, u"2025-06-01"_s, slip(1))}) << u"[]"_s
        << u"1"_s << QString() << path(1);
    QTest::newRow("same day: the two xray kinds tie, later entry wins")
        << studies({study(u"flexion_extension_xray"_s, u"2025-06-01"_s, slip(1)),
                    study(u"xray"_s, u"2025-06-01"_s, slip(2))})
        << u"[]"_s << u"2"_s << QString() << path(1);
    QTest::newRow("a newer study without a slip grade does not hide the older grade")
        << studies({study(u"MRI"_s, u"2025-03-01"_s, slip(1)), study(u"MRI"_s, u"2025-08-01"_s, graded)}) << u"[]"_s
        << u"1"_s << QString() << path(0);
    QTest::newRow("study after reviewDate ignored")
        << studies({study(u"MRI"_s, u"2025-03-01"_s, slip(1)), study(u"xray"_s, u"2025-11-18"_s, slip(3))}) << u"[]"_s
        << u"1"_s << QString() << path(0);

    // At a level operated on 2020-05-01 only studies dated after that count.
    QTest::newRow("operated: pre-op slip ignored, post-op qualifying MRI describes it")
        << studies({study(u"xray"_s, u"2019-06-01"_s, slip(2)), study(u"MRI"_s, u"2025-06-01"_s, graded)})
        << kLaminectomy2020 << u"unknown, assumable"_s << kAfterOperationL4L5 << imagingPath;
    QTest::newRow("operated: pre-op slip only")
        << studies({study(u"xray"_s, u"2019-06-01"_s, slip(2))}) << kLaminectomy2020 << u"unknown"_s
        << kAfterOperationL4L5 << imagingPath;
    QTest::newRow("operated: pre-op qualifying-age MRI does not describe it now")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, graded)})
        << uR"([{ "procedure": "laminectomy", "levels": ["L4-L5"], "date": "2025-07-01" }])"_s << u"unknown"_s
        << kAfterOperationL4L5 << imagingPath;
    QTest::newRow("operated: study on the day of the operation ignored")
        << studies({study(u"MRI"_s, u"2020-05-01"_s, slip(1))}) << kLaminectomy2020 << u"unknown"_s
        << kAfterOperationL4L5 << imagingPath;
    QTest::newRow("operated: study the day after counts")
        << studies({study(u"xray"_s, u"2020-05-02"_s, slip(1))}) << kLaminectomy2020 << u"1"_s << QString() << path(0);
    QTest::newRow("operated: post-op MRI too old to qualify")
        << studies({study(u"MRI"_s, u"2022-01-01"_s, kL4L5Empty)}) << kLaminectomy2020 << u"unknown"_s
        << kAfterOperationL4L5 << imagingPath;
    QTest::newRow("operated: post-op slip grade 0 documented")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, slip(0)), study(u"xray"_s, u"2019-06-01"_s, slip(2))})
        << kLaminectomy2020 << u"0"_s << QString() << path(0);
    QTest::newRow("operated twice: after the last operation only")
        << studies({study(u"xray"_s, u"2018-06-01"_s, slip(1))})
        << uR"([{ "procedure": "discectomy", "levels": ["L4-L5"], "date": "2015-01-01" },
                { "procedure": "laminectomy", "levels": ["L4-L5"], "date": "2020-05-01" }])"_s
        << u"unknown"_s << kAfterOperationL4L5 << imagingPath;
    QTest::newRow("operated twice, array order reversed")
        << studies({study(u"xray"_s, u"2018-06-01"_s, slip(1))})
        << uR"([{ "procedure": "laminectomy", "levels": ["L4-L5"], "date": "2020-05-01" },
                { "procedure": "discectomy", "levels": ["L4-L5"], "date": "2015-01-01" }])"_s
        << u"unknown"_s << kAfterOperationL4L5 << imagingPath;
    QTest::newRow("an operation at another level does not restrict this one")
        << studies({study(u"xray"_s, u"2019-06-01"_s, slip(2))})
        << uR"([{ "procedure": "laminectomy", "levels": ["L5-S1"], "date": "2020-05-01" }])"_s << u"2"_s << QString()
        << path(0);
    QTest::newRow("operation without date: findings unknown")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, slip(1))})
        << uR"([{ "procedure": "laminectomy", "levels": ["L4-L5"] }])"_s << u"unknown"_s
        << u"the date of the prior operation at L4-L5"_s << imagingPath;
    QTest::newRow("one dated, one undated operation: findings unknown")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, slip(1))})
        << uR"([{ "procedure": "laminectomy", "levels": ["L4-L5"], "date": "2015-01-01" },
                { "procedure": "discectomy", "levels": ["L4-L5"] }])"_s
        << u"unknown"_s << u"the date of the prior operation at L4-L5"_s << imagingPath;
}

void TestImagingFacts::slipGrade()
{
    QFETCH(QString, imaging);
    QFETCH(QString, history);
    QFETCH(QString, slip);
    QFETCH(QString, record);
    QFETCH(QStringList, paths);
    CASE_FACTS(facts, caseWith(imaging, history));
    const FactValue& fact = facts(FactId::LevelSlipGrade, Level::L4L5);
    QCOMPARE(describe(fact), slip);
    QCOMPARE(fact.record, record);
    QCOMPARE(fact.paths, paths);
}

void TestImagingFacts::slipTypeAndProgression()
{
    {
        // Never assumed: a described level without them leaves both unknown.
        CASE_FACTS(facts, caseWith(studies({study(u"MRI"_s, u"2025-06-01"_s,
                                                  uR"({ "L4-L5": { "spondylolisthesis": { "grade": 1 } } })"_s)}),
                                   u"[]"_s));
        QCOMPARE(describe(facts(FactId::LevelSlipType, Level::L4L5)), u"unknown"_s);
        QCOMPARE(facts(FactId::LevelSlipType, Level::L4L5).record, u"the type of the spondylolisthesis at L4-L5"_s);
        QCOMPARE(describe(facts(FactId::LevelSlipProgression, Level::L4L5)), u"unknown"_s);
        QCOMPARE(facts(FactId::LevelSlipProgression, Level::L4L5).record,
                 u"serial films showing whether the slip at L4-L5 progressed"_s);
    }
    {
        CASE_FACTS(facts,
                   caseWith(studies({study(u"xray"_s, u"2019-01-01"_s,
                                           uR"({ "L4-L5": { "spondylolisthesis": { "type": "degenerative" } } })"_s),
                                     study(u"MRI"_s, u"2025-06-01"_s,
                                           uR"({ "L4-L5": { "spondylolisthesis": { "grade": 1, "type": "isthmic",
                                                                                   "progression": false } } })"_s)}),
                            u"[]"_s));
        const FactValue& type = facts(FactId::LevelSlipType, Level::L4L5);
        QCOMPARE(describe(type), u"\"isthmic\""_s);
        QCOMPARE(type.paths, QStringList{levelPath(1, u"spondylolisthesis.type"_s)});
        const FactValue& progression = facts(FactId::LevelSlipProgression, Level::L4L5);
        QCOMPARE(describe(progression), u"false"_s);
        QCOMPARE(progression.paths, QStringList{levelPath(1, u"spondylolisthesis.progression"_s)});
    }
    {
        // After a prior operation only post-operative studies count, for the type and progression too.
        CASE_FACTS(
            facts,
            caseWith(studies({study(u"xray"_s, u"2019-01-01"_s, uR"({ "L4-L5": { "spondylolisthesis": { "grade": 1,
                                                        "type": "degenerative", "progression": true } } })"_s)}),
                     kLaminectomy2020));
        QCOMPARE(describe(facts(FactId::LevelSlipType, Level::L4L5)), u"unknown"_s);
        QCOMPARE(describe(facts(FactId::LevelSlipProgression, Level::L4L5)), u"unknown"_s);
    }
}

void TestImagingFacts::dynamicTranslation_data()
{
    QTest::addColumn<QString>("imaging");
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QStringList>("paths");

    const auto mm = [](int value) { return uR"({ "L4-L5": { "dynamicTranslationMm": %1 } })"_s.arg(value); };
    const QString films = u"flexion_extension_xray"_s;
    const auto path = [](int index) { return QStringList{levelPath(index, u"dynamicTranslationMm"_s)}; };
    const QStringList imagingPath{u"imaging"_s};
    const QString described = studies({study(u"MRI"_s, u"2025-06-01"_s, kL4L5Empty)});

    QTest::newRow("documented 4 mm") << studies({study(films, u"2025-06-01"_s, mm(4))}) << u"[]"_s << u"4"_s << path(0);
    QTest::newRow("documented 0 mm") << studies({study(films, u"2025-06-01"_s, mm(0))}) << u"[]"_s << u"0"_s << path(0);
    QTest::newRow("documented, surgical history absent")
        << studies({study(films, u"2025-06-01"_s, mm(4))}) << kAbsent << u"4"_s << path(0);
    QTest::newRow("from old films (any study)")
        << studies({study(films, u"2021-06-01"_s, mm(5))}) << u"[]"_s << u"5"_s << path(0);
    QTest::newRow("most recent films win")
        << studies({study(films, u"2024-01-01"_s, mm(5)), study(films, u"2025-01-01"_s, mm(2))}) << u"[]"_s << u"2"_s
        << path(1);
    QTest::newRow("never operated (history []): assumable")
        << described << u"[]"_s << u"unknown, assumable"_s << imagingPath;
    QTest::newRow("never operated, no imaging at all: assumable")
        << kAbsent << u"[]"_s << u"unknown, assumable"_s << imagingPath;
    QTest::newRow("operated only at another level: assumable here")
        << described << uR"([{ "procedure": "fusion", "levels": ["L5-S1"], "date": "2020-05-01" }])"_s
        << u"unknown, assumable"_s << imagingPath;
    QTest::newRow("surgical history absent: not assumable") << described << kAbsent << u"unknown"_s << imagingPath;
    QTest::newRow("operated here: not assumable") << described << kLaminectomy2020 << u"unknown"_s << imagingPath;
    QTest::newRow("operated here, films before the operation ignored")
        << studies({study(films, u"2019-06-01"_s, mm(5))}) << kLaminectomy2020 << u"unknown"_s << imagingPath;
    QTest::newRow("operated here, films after the operation count")
        << studies({study(films, u"2019-06-01"_s, mm(5)), study(films, u"2021-06-01"_s, mm(3))}) << kLaminectomy2020
        << u"3"_s << path(1);
    QTest::newRow("operated here without date: unknown even with films")
        << studies({study(films, u"2025-06-01"_s, mm(3))})
        << uR"([{ "procedure": "laminectomy", "levels": ["L4-L5"] }])"_s << u"unknown"_s << imagingPath;
}

void TestImagingFacts::dynamicTranslation()
{
    QFETCH(QString, imaging);
    QFETCH(QString, history);
    QFETCH(QString, translation);
    QFETCH(QStringList, paths);
    CASE_FACTS(facts, caseWith(imaging, history));
    const FactValue& fact = facts(FactId::LevelDynamicTranslationMm, Level::L4L5);
    QCOMPARE(describe(fact), translation);
    QCOMPARE(fact.paths, paths);
    if (!fact.isKnown())
        QCOMPARE(fact.record, u"flexion–extension radiographs of L4-L5 (translation in mm)"_s);
}

void TestImagingFacts::parsDefect_data()
{
    QTest::addColumn<QString>("imaging");
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("pars");

    const auto pars = [](bool value) {
        return uR"({ "L4-L5": { "parsDefect": %1 } })"_s.arg(value ? u"true"_s : u"false"_s);
    };
    QTest::newRow("undocumented: assumed absent")
        << studies({study(u"MRI"_s, u"2025-06-01"_s, kL4L5Empty)}) << u"[]"_s << u"unknown, assumable"_s;
    QTest::newRow("no imaging, no history: still assumable") << kAbsent << kAbsent << u"unknown, assumable"_s;
    QTest::newRow("documented true") << studies({study(u"CT"_s, u"2025-06-01"_s, pars(true))}) << u"[]"_s << u"true"_s;
    QTest::newRow("documented false") << studies({study(u"CT"_s, u"2025-06-01"_s, pars(false))}) << u"[]"_s
                                      << u"false"_s;
    QTest::newRow("from an old xray") << studies({study(u"xray"_s, u"2019-06-01"_s, pars(true))}) << u"[]"_s
                                      << u"true"_s;
    QTest::newRow("newer study wins") << studies({study(u"CT"_s, u"2024-06-01"_s, pars(true)),
                                                  study(u"CT"_s, u"2025-06-01"_s, pars(false))})
                                      << u"[]"_s << u"false"_s;
    QTest::newRow("operated: pre-op finding ignored")
        << studies({study(u"CT"_s, u"2019-06-01"_s, pars(true))}) << kLaminectomy2020 << u"unknown, assumable"_s;
    QTest::newRow("operated: post-op finding counts")
        << studies({study(u"CT"_s, u"2019-06-01"_s, pars(false)), study(u"CT"_s, u"2021-06-01"_s, pars(true))})
        << kLaminectomy2020 << u"true"_s;
}

void TestImagingFacts::parsDefect()
{
    QFETCH(QString, imaging);
    QFETCH(QString, history);
    QFETCH(QString, pars);
    CASE_FACTS(facts, caseWith(imaging, history));
    const FactValue& fact = facts(FactId::LevelParsDefect, Level::L4L5);
    QCOMPARE(describe(fact), pars);
    if (!fact.isKnown())
        QCOMPARE(fact.record, u"imaging of the pars interarticularis at L4-L5"_s);
}

void TestImagingFacts::parsDefectLevelCount_data()
{
    QTest::addColumn<QString>("imaging");
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QStringList>("paths");

    const QStringList imagingPath{u"imaging"_s};
    QTest::newRow("no imaging") << kAbsent << u"[]"_s << u"0"_s << imagingPath;
    QTest::newRow("none documented") << studies({study(u"MRI"_s, u"2025-06-01"_s, kL4L5Empty)}) << u"[]"_s << u"0"_s
                                     << imagingPath;
    QTest::newRow("two levels")
        << studies(
               {study(u"CT"_s, u"2025-06-01"_s, uR"({ "L4-L5": { "parsDefect": true }, "L5-S1": { "parsDefect": true },
                                "L3-L4": { "parsDefect": false } })"_s)})
        << u"[]"_s << u"2"_s
        << QStringList{u"imaging[0].levels.L4-L5.parsDefect"_s, u"imaging[0].levels.L5-S1.parsDefect"_s};
    QTest::newRow("a newer false hides an older true")
        << studies({study(u"CT"_s, u"2024-06-01"_s, uR"({ "L4-L5": { "parsDefect": true } })"_s),
                    study(u"CT"_s, u"2025-06-01"_s, uR"({ "L4-L5": { "parsDefect": false } })"_s)})
        << u"[]"_s << u"0"_s << imagingPath;
    QTest::newRow("after reviewDate ignored")
        << studies({study(u"CT"_s, u"2025-12-01"_s, uR"({ "L4-L5": { "parsDefect": true } })"_s)}) << u"[]"_s << u"0"_s
        << imagingPath;
    // criteria-reference.md: at a previously operated level the pars defect comes only from studies dated after the
    // last operation there, as level.parsDefect does.
    QTest::newRow("operated level: pre-op finding does not count")
        << studies({study(u"CT"_s, u"2019-06-01"_s, uR"({ "L4-L5": { "parsDefect": true } })"_s)}) << kLaminectomy2020
        << u"0"_s << imagingPath;
}

void TestImagingFacts::parsDefectLevelCount()
{
    QFETCH(QString, imaging);
    QFETCH(QString, history);
    QFETCH(QString, count);
    QFETCH(QStringList, paths);
    CASE_FACTS(facts, caseWith(imaging, history));
    const FactValue& fact = facts(FactId::ParsDefectLevelCount);
    // The count agrees with the levels whose level.parsDefect is true.
    int levelsTrue = 0;
    for (Level level : {Level::L1L2, Level::L2L3, Level::L3L4, Level::L4L5, Level::L5S1})
        levelsTrue += describe(facts(FactId::LevelParsDefect, level)) == u"true"_s ? 1 : 0;
    QCOMPARE(describe(fact), QString::number(levelsTrue));
    QCOMPARE(describe(fact), count);
    QCOMPARE(fact.paths, paths);
}

void TestImagingFacts::deformityMeasures()
{
    {
        CASE_FACTS(facts, caseWith(studies({study(u"MRI"_s, u"2025-06-01"_s, kL4L5Empty)})));
        const FactValue& cobb = facts(FactId::CoronalCobbDeg);
        QCOMPARE(describe(cobb), u"unknown, assumable"_s);
        QCOMPARE(cobb.record, u"standing alignment films reporting coronalCobbDeg"_s);
        QCOMPARE(describe(facts(FactId::SagittalVerticalAxisCm)), u"unknown, assumable"_s);
        QCOMPARE(describe(facts(FactId::PiMinusLlDeg)), u"unknown, assumable"_s);
    }
    {
        CASE_FACTS(facts, caseWith(uR"([
            { "modality": "xray", "date": "2024-01-01", "coronalCobbDeg": 12, "sagittalVerticalAxisCm": 6.5 },
            { "modality": "MRI", "date": "2025-01-01" },
            { "modality": "xray", "date": "2025-06-01", "coronalCobbDeg": 18 },
            { "modality": "xray", "date": "2025-12-01", "coronalCobbDeg": 30, "pelvicIncidenceMinusLordosisDeg": 25 }
        ])"_s));
        // Each measure from the most recent study reporting it; studies after the review date ignored; old films
        // count (the measures need no qualifying study).
        const FactValue& cobb = facts(FactId::CoronalCobbDeg);
        QCOMPARE(describe(cobb), u"18"_s);
        QCOMPARE(cobb.paths, QStringList{u"imaging[2].coronalCobbDeg"_s});
        const FactValue& sva = facts(FactId::SagittalVerticalAxisCm);
        QCOMPARE(describe(sva), u"6.5"_s);
        QCOMPARE(sva.paths, QStringList{u"imaging[0].sagittalVerticalAxisCm"_s});
        QCOMPARE(describe(facts(FactId::PiMinusLlDeg)), u"unknown, assumable"_s);
    }
    {
        // Same day: MRI before the films, whatever the order.
        CASE_FACTS(facts, caseWith(uR"([
            { "modality": "xray", "date": "2025-06-01", "coronalCobbDeg": 20 },
            { "modality": "MRI", "date": "2025-06-01", "coronalCobbDeg": 14 }
        ])"_s));
        QCOMPARE(describe(facts(FactId::CoronalCobbDeg)), u"14"_s);
    }
}

void TestImagingFacts::otherLevelFindings()
{
    CASE_FACTS(facts, caseWith(studies({study(u"xray"_s, u"2019-06-01"_s,
                                              uR"({ "L4-L5": { "discHeightLoss": "severe", "modicChanges": 2 },
                                                    "L5-S1": { "discHeightLoss": "mild", "modicChanges": 0 } })"_s)}),
                               kLaminectomy2020));
    // Modic changes follow the after-the-operation rule of the slip; neither is ever assumed.
    QCOMPARE(describe(facts(FactId::LevelModicChanges, Level::L4L5)), u"unknown"_s);
    QCOMPARE(describe(facts(FactId::LevelModicChanges, Level::L5S1)), u"0"_s);
    QCOMPARE(describe(facts(FactId::LevelDiscHeightLoss, Level::L5S1)), u"\"mild\""_s);
    QCOMPARE(describe(facts(FactId::LevelDiscHeightLoss, Level::L3L4)), u"unknown"_s);
    QCOMPARE(describe(facts(FactId::LevelName, Level::L4L5)), u"\"L4-L5\""_s);
    QCOMPARE(describe(facts(FactId::LevelName, Level::L1L2)), u"\"L1-L2\""_s);
}

QTEST_GUILESS_MAIN(TestImagingFacts)
#include "tst_imagingfacts.moc"
