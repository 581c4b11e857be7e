// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/casereader.h"
#include "core/case/casewriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

QString testData(const QString& relative)
{
    return QStringLiteral(SPINEREVIEW_TEST_DATA) + u'/' + relative;
}

QString listIssues(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

SpineCase minimalCase()
{
    SpineCase c;
    c.caseId = u"minimal"_s;
    c.request.levels = {Level::L4L5};
    c.request.components = {Component::Decompression};
    return c;
}

// Every field of the model set, each object with one unknown member, so a field the reader or the writer
// forgets shows up as a difference or as a documented name among the unknown members.
SpineCase fullyPopulatedCase()
{
    const auto extra = [](const char* tag) { return QJsonObject{{u"x-tag"_s, QString::fromLatin1(tag)}}; };
    SpineCase c;
    c.caseId = u"full"_s;
    c.reviewDate = QDate(2025, 10, 1);
    c.extra = extra("case");

    Patient p;
    p.id = u"MRN-1"_s;
    p.sex = Sex::Other;
    p.birthDate = QDate(1960, 1, 31);
    p.ageYears = 65;
    p.bmi = 31.25;
    p.nicotine = Nicotine::Former;
    p.nicotineQuitDate = QDate(2024, 12, 1);
    p.cotinineTest = CotinineTest{QDate(2025, 9, 1), TestResult::Negative, 0.5, extra("cotinine")};
    p.diabetes = true;
    p.hba1c = 6.4;
    p.dexaTScore = -2.1;
    p.dexaDate = QDate(2025, 3, 3);
    p.ctHounsfieldUnits = 118;
    p.osteoporosis = false;
    p.chronicSteroids = false;
    p.renalDisease = true;
    p.alcoholUseDisorder = false;
    p.pregnant = false;
    p.psychologicalScreening = PsychologicalScreening::Concerns;
    p.extra = extra("patient");
    c.patient = p;

    Symptoms s;
    s.neurogenicClaudication = true;
    s.legPain = LegPain::Left;
    s.backPainPredominant = false;
    s.durationWeeks = 20;
    s.painScore = 7.5;
    s.odi = 42;
    s.functionalImpairment = true;
    s.outcomeScores = QList<OutcomeScore>{{QDate(2025, 5, 1), 8, 48, extra("outcome")}, {QDate(), 6, {}, {}}};
    s.extra = extra("symptoms");
    c.symptoms = s;

    Exam e;
    e.motorDeficit = QList<MotorDeficit>{{Root::L4, Side::Bilateral, 3, extra("motor")}};
    e.progressiveDeficit = true;
    e.caudaEquina = false;
    e.infection = false;
    e.tumor = false;
    e.fracture = false;
    e.reflexChanges = QList<ReflexChange>{{Reflex::Patellar, Side::Left, extra("reflex")}};
    e.sensoryDeficit = QList<RootFinding>{{Root::S2, std::nullopt, extra("sensory")}};
    e.straightLegRaise = StraightLegRaise::Positive;
    e.extra = extra("exam");
    c.exam = e;

    LevelFindings f;
    f.centralStenosis = StenosisGrade::ModerateSevere;
    f.lateralRecessStenosis = SidedStenosis{StenosisGrade::Severe, StenosisGrade::None, extra("recess")};
    f.foraminalStenosis = SidedStenosis{StenosisGrade::MildModerate, std::nullopt, {}};
    f.spondylolisthesis = Spondylolisthesis{2, 9.5, SlipType::Isthmic, true, extra("slip")};
    f.dynamicTranslationMm = 3.5;
    f.dynamicAngulationDeg = 11;
    f.discHeightLoss = DiscHeightLoss::Severe;
    f.modicChanges = 2;
    f.discHerniation = DiscHerniation::Sequestration;
    f.facetHypertrophy = true;
    f.synovialCyst = true;
    f.parsDefect = true;
    f.extra = extra("findings");
    ImagingStudy study;
    study.modality = Modality::CtMyelogram;
    study.date = QDate(2025, 8, 8);
    study.levels = QMap<Level, LevelFindings>{{Level::L5S1, f}, {Level::L1L2, LevelFindings{}}};
    study.coronalCobbDeg = 12;
    study.sagittalVerticalAxisCm = -2.5;
    study.pelvicIncidenceMinusLordosisDeg = 14;
    study.extra = extra("study");
    c.imaging = QList<ImagingStudy>{study};

    EmgStudy emg;
    emg.date = QDate(2025, 8, 15);
    emg.findings = QList<EmgFinding>{{Root::L5, Side::Right, Acuity::Acute, extra("emg finding")}};
    emg.peripheralNeuropathy = false;
    emg.extra = extra("emg");
    c.emg = QList<EmgStudy>{emg};

    c.conservativeTherapy = QList<TherapyEpisode>{
        {TherapyType::Chiropractic, QDate(2025, 1, 2), QDate(2025, 2, 27), 8, TherapyResponse::Worse, false,
         Delivery::Virtual, extra("episode")},
        {TherapyType::OralSteroid, std::nullopt, std::nullopt, std::nullopt, std::nullopt, true, std::nullopt, {}}};

    c.surgicalHistory = QList<PriorOperation>{{PriorProcedure::Fusion,
                                               {Level::L4L5, Level::L5S1},
                                               QDate(2020, 6, 6),
                                               true,
                                               false,
                                               Facets{60, 45.5, extra("resection")},
                                               extra("operation")}};

    Request& r = c.request;
    r.levels = {Level::L4L5, Level::L5S1};
    r.components = {Component::Decompression, Component::Fusion, Component::BoneMarrowAspirate,
                    Component::CementAugmentation};
    r.componentLevels = QMap<Component, QList<Level>>{{Component::Fusion, {Level::L5S1}}};
    r.approach = Approach::Lateral;
    r.interbodyTechnique = InterbodyTechnique::Olif;
    r.posterolateralFusion = false;
    r.plannedFacetectomy = Facets{10, 0, {}};
    r.plannedParsRemoval = false;
    r.levelPlans = QMap<Level, LevelPlan>{{Level::L5S1, LevelPlan{Facets{100, 50, {}}, true, extra("plan")}}};
    r.autograftSource = AutograftSource::Both;
    r.autograftInsufficient = true;
    r.bmaHybridWithIliacCrest = true;
    r.bmpContraindication = true;
    r.setting = Setting::Outpatient;
    r.expectedMidnights = 1;
    r.inpatientRiskFactors =
        QList<InpatientRiskFactor>{InpatientRiskFactor::NoHomeSupport, InpatientRiskFactor::IvAnalgesiaNeeded};
    r.plannedSurgeryDate = QDate(2025, 11, 3);
    r.urgency = Urgency::Expedited;
    r.receivedAt = QDateTime(QDate(2025, 9, 30), QTime(23, 59, 58, 7), Qt::OffsetFromUTC, -3 * 3600 - 1800);
    r.cptCodes = QStringList{u"22630"_s};
    r.icd10Codes = QStringList{};
    r.extra = extra("request");

    c.coverage = Coverage{u"Payer"_s, PlanType::Medicaid, u"M-1"_s, extra("coverage")};
    c.notes = u"Free text with \"quotes\", a tab\tand non-ASCII: \u00b1 \u2265"_s;
    return c;
}

} // namespace

class TestCaseWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryCaseFile_data();
    void roundTripsEveryCaseFile();
    void roundTripsEveryFieldOfTheModel();
    void writesIndentedJsonWithTrailingNewline();
    void writesOnlyDocumentedFields();
    void alwaysWritesTheFormat();
    void writesNumbersAndDates();
    void writesReceivedAtWithItsOffset_data();
    void writesReceivedAtWithItsOffset();
    void keepsAbsentEmptyAndFalseApart();
    void mergesUnknownMembersBack();
    void writesFileAtomically();
    void reportsWriteFailure();
};

void TestCaseWriter::roundTripsEveryCaseFile_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(testData(u"cases"_s));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 6);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestCaseWriter::roundTripsEveryCaseFile()
{
    QFETCH(QString, path);
    const CaseReadResult first = CaseReader::readFile(path);
    QVERIFY2(first.ok(), qPrintable(listIssues(first.issues)));
    const QJsonObject written = CaseWriter::toJson(*first.value);
    // The fixtures are written in the canonical form, so nothing in them changes on the way through.
    QCOMPARE(written, readJsonObject(path));

    const QByteArray bytes = CaseWriter::toBytes(*first.value);
    const CaseReadResult second = CaseReader::readBytes(bytes, u"rewritten.json"_s);
    QVERIFY2(second.ok(), qPrintable(listIssues(second.issues)));
    QCOMPARE(CaseWriter::toJson(*second.value), written);
    QCOMPARE(CaseWriter::toBytes(*second.value), bytes);
}

void TestCaseWriter::roundTripsEveryFieldOfTheModel()
{
    const SpineCase original = fullyPopulatedCase();
    const QByteArray bytes = CaseWriter::toBytes(original);
    const CaseReadResult result = CaseReader::readBytes(bytes, u"full.json"_s);
    QVERIFY2(result.ok(), qPrintable(listIssues(result.issues) + u'\n' + QString::fromUtf8(bytes)));
    const SpineCase& c = *result.value;
    QCOMPARE(CaseWriter::toJson(c), CaseWriter::toJson(original));

    // Each unknown-member object holds exactly its tag: a documented field read as unknown would show here.
    const auto onlyTag = [](const QJsonObject& extra, const char* tag) {
        return extra == QJsonObject{{u"x-tag"_s, QString::fromLatin1(tag)}};
    };
    QVERIFY(onlyTag(c.extra, "case"));
    QVERIFY(onlyTag(c.patient->extra, "patient"));
    QVERIFY(onlyTag(c.patient->cotinineTest->extra, "cotinine"));
    QVERIFY(onlyTag(c.symptoms->extra, "symptoms"));
    QVERIFY(onlyTag(c.symptoms->outcomeScores->at(0).extra, "outcome"));
    QVERIFY(c.symptoms->outcomeScores->at(1).extra.isEmpty());
    QVERIFY(onlyTag(c.exam->extra, "exam"));
    QVERIFY(onlyTag(c.exam->motorDeficit->at(0).extra, "motor"));
    QVERIFY(onlyTag(c.exam->reflexChanges->at(0).extra, "reflex"));
    QVERIFY(onlyTag(c.exam->sensoryDeficit->at(0).extra, "sensory"));
    const ImagingStudy& study = c.imaging->at(0);
    QVERIFY(onlyTag(study.extra, "study"));
    const LevelFindings& f = study.levels->value(Level::L5S1);
    QVERIFY(onlyTag(f.extra, "findings"));
    QVERIFY(onlyTag(f.lateralRecessStenosis->extra, "recess"));
    QVERIFY(onlyTag(f.spondylolisthesis->extra, "slip"));
    QVERIFY(onlyTag(c.emg->at(0).extra, "emg"));
    QVERIFY(onlyTag(c.emg->at(0).findings->at(0).extra, "emg finding"));
    QVERIFY(onlyTag(c.conservativeTherapy->at(0).extra, "episode"));
    QVERIFY(onlyTag(c.surgicalHistory->at(0).extra, "operation"));
    QVERIFY(onlyTag(c.surgicalHistory->at(0).facetResection->extra, "resection"));
    QVERIFY(onlyTag(c.request.extra, "request"));
    QVERIFY(onlyTag(c.request.levelPlans->value(Level::L5S1).extra, "plan"));
    QVERIFY(onlyTag(c.coverage->extra, "coverage"));

    // A sample of values, compared on the model itself.
    QCOMPARE(c.patient->ctHounsfieldUnits, 118.0);
    QCOMPARE(c.patient->psychologicalScreening, PsychologicalScreening::Concerns);
    QCOMPARE(c.symptoms->outcomeScores->at(1).date, QDate());
    QCOMPARE(f.spondylolisthesis->grade, 2);
    QCOMPARE(f.spondylolisthesis->progression, true);
    QCOMPARE(f.modicChanges, 2);
    QVERIFY(study.levels->contains(Level::L1L2));
    QCOMPARE(c.conservativeTherapy->at(1).contraindicated, true);
    QVERIFY(!c.conservativeTherapy->at(1).start);
    QCOMPARE(c.request.receivedAt, original.request.receivedAt);
    QCOMPARE(c.request.receivedAt->offsetFromUtc(), -3 * 3600 - 1800);
    QCOMPARE(c.request.icd10Codes, QStringList());
    QCOMPARE(c.notes, original.notes);
}

void TestCaseWriter::writesIndentedJsonWithTrailingNewline()
{
    const QByteArray bytes = CaseWriter::toBytes(minimalCase());
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(!bytes.endsWith("\n\n"));
    QVERIFY(bytes.startsWith("{\n    \""));
    QVERIFY(bytes.contains("\n    \"caseId\": \"minimal\",\n"));
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestCaseWriter::writesOnlyDocumentedFields()
{
    const QJsonObject json = CaseWriter::toJson(minimalCase());
    QCOMPARE(json.keys(), QStringList({u"caseId"_s, u"format"_s, u"request"_s}));
    const QJsonObject request = json.value(u"request"_s).toObject();
    QCOMPARE(request.keys(), QStringList({u"components"_s, u"levels"_s}));
    QCOMPARE(request.value(u"levels"_s).toArray(), QJsonArray{u"L4-L5"_s});
    QCOMPARE(request.value(u"components"_s).toArray(), QJsonArray{u"decompression"_s});

    // An object that is present but empty is written empty, never with nulls.
    SpineCase c = minimalCase();
    c.patient = Patient{};
    c.exam = Exam{};
    const QJsonObject withEmpty = CaseWriter::toJson(c);
    QCOMPARE(withEmpty.value(u"patient"_s).toObject(), QJsonObject());
    QCOMPARE(withEmpty.value(u"exam"_s).toObject(), QJsonObject());
    QVERIFY(!CaseWriter::toBytes(fullyPopulatedCase()).contains("null"));
}

void TestCaseWriter::alwaysWritesTheFormat()
{
    SpineCase c = minimalCase();
    QCOMPARE(CaseWriter::toJson(c).value(u"format"_s).toString(), u"spinereview-case/1"_s);
    c.extra.insert(u"format"_s, u"spinereview-case/0"_s);
    c.extra.insert(u"caseId"_s, u"stale"_s);
    const QJsonObject json = CaseWriter::toJson(c);
    QCOMPARE(json.value(u"format"_s).toString(), u"spinereview-case/1"_s);
    QCOMPARE(json.value(u"caseId"_s).toString(), u"minimal"_s);
}

void TestCaseWriter::writesNumbersAndDates()
{
    SpineCase c = minimalCase();
    c.reviewDate = QDate(2025, 3, 7);
    Symptoms s;
    s.durationWeeks = 40;
    s.painScore = 8;
    s.odi = 37.5;
    c.symptoms = s;
    Patient p;
    p.ageYears = 67;
    p.bmi = 29.4;
    p.birthDate = QDate(958, 1, 2);
    c.patient = p;
    c.conservativeTherapy = QList<TherapyEpisode>{{}};
    c.conservativeTherapy->first().sessions = 14;
    const QByteArray bytes = CaseWriter::toBytes(c);
    QVERIFY2(bytes.contains("\"durationWeeks\": 40,"), bytes.constData());
    QVERIFY(bytes.contains("\"ageYears\": 67,"));
    QVERIFY(bytes.contains("\"sessions\": 14,"));
    QVERIFY(bytes.contains("\"painScore\": 8\n"));
    QVERIFY(bytes.contains("\"odi\": 37.5,"));
    QVERIFY(bytes.contains("\"bmi\": 29.4\n"));
    QVERIFY(bytes.contains("\"reviewDate\": \"2025-03-07\""));
    QVERIFY(bytes.contains("\"birthDate\": \"0958-01-02\""));
    QVERIFY(bytes.contains("\"type\": \"other\""));
}

void TestCaseWriter::writesReceivedAtWithItsOffset_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("written");
    const QDate day(2025, 9, 10);
    QTest::newRow("UTC") << QDateTime(day, QTime(8, 30), Qt::UTC) << u"2025-09-10T08:30:00Z"_s;
    QTest::newRow("plus two") << QDateTime(day, QTime(8, 30), Qt::OffsetFromUTC, 7200)
                              << u"2025-09-10T08:30:00+02:00"_s;
    QTest::newRow("minus five, ms") << QDateTime(day, QTime(8, 30, 0, 123), Qt::OffsetFromUTC, -18000)
                                    << u"2025-09-10T08:30:00.123-05:00"_s;
    QTest::newRow("whole seconds") << QDateTime(day, QTime(8, 30, 15, 0), Qt::OffsetFromUTC, -18000)
                                   << u"2025-09-10T08:30:15-05:00"_s;
    const QTimeZone newYork("America/New_York");
    if (newYork.isValid())
        QTest::newRow("named zone") << QDateTime(day, QTime(8, 30), newYork) << u"2025-09-10T08:30:00-04:00"_s;
}

void TestCaseWriter::writesReceivedAtWithItsOffset()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, written);
    SpineCase c = minimalCase();
    c.request.receivedAt = value;
    const QJsonObject json = CaseWriter::toJson(c);
    QCOMPARE(json.value(u"request"_s).toObject().value(u"receivedAt"_s).toString(), written);
    const CaseReadResult back = CaseReader::readObject(json, u"t"_s);
    QVERIFY2(back.ok(), qPrintable(listIssues(back.issues)));
    QCOMPARE(back.value->request.receivedAt->toUTC(), value.toUTC());
    QCOMPARE(back.value->request.receivedAt->offsetFromUtc(), value.offsetFromUtc());
}

void TestCaseWriter::keepsAbsentEmptyAndFalseApart()
{
    SpineCase c = minimalCase();
    QVERIFY(!CaseWriter::toJson(c).contains(u"surgicalHistory"_s));

    c.surgicalHistory = QList<PriorOperation>{};
    QCOMPARE(CaseWriter::toJson(c).value(u"surgicalHistory"_s), QJsonValue(QJsonArray()));

    PriorOperation fusion;
    fusion.procedure = PriorProcedure::Fusion;
    fusion.levels = {Level::L4L5};
    fusion.solidFusion = false;
    c.surgicalHistory = QList<PriorOperation>{fusion};
    EmgStudy normal;
    normal.date = QDate(2025, 1, 1);
    normal.findings = QList<EmgFinding>{};
    c.emg = QList<EmgStudy>{normal};
    Patient p;
    p.diabetes = false;
    c.patient = p;
    const QJsonObject json = CaseWriter::toJson(c);
    const QJsonObject operation = json.value(u"surgicalHistory"_s).toArray().at(0).toObject();
    QCOMPARE(operation.value(u"solidFusion"_s), QJsonValue(false));
    QVERIFY(!operation.contains(u"instrumented"_s));
    QCOMPARE(json.value(u"emg"_s).toArray().at(0).toObject().value(u"findings"_s), QJsonValue(QJsonArray()));
    QCOMPARE(json.value(u"patient"_s).toObject(), QJsonObject({{u"diabetes"_s, false}}));

    const CaseReadResult back = CaseReader::readObject(json, u"t"_s);
    QVERIFY2(back.ok(), qPrintable(listIssues(back.issues)));
    QCOMPARE(back.value->surgicalHistory->at(0).solidFusion, false);
    QVERIFY(!back.value->surgicalHistory->at(0).instrumented);
    QVERIFY(back.value->emg->at(0).findings->isEmpty());
    QCOMPARE(back.value->patient->diabetes, false);
    QVERIFY(!back.value->patient->osteoporosis);
}

void TestCaseWriter::mergesUnknownMembersBack()
{
    const CaseReadResult result = CaseReader::readFile(testData(u"cases/extra-fields.json"_s));
    QVERIFY2(result.ok(), qPrintable(listIssues(result.issues)));
    const QJsonObject json = CaseWriter::toJson(*result.value);
    QCOMPARE(json.value(u"intakeBatch"_s), QJsonValue(42));
    QVERIFY(json.value(u"legacyFlag"_s).isNull());
    QCOMPARE(json.value(u"patient"_s).toObject().value(u"preferredLanguage"_s).toString(), u"es"_s);
    const QJsonObject l4l5 =
        json.value(u"imaging"_s).toArray().at(0).toObject().value(u"levels"_s).toObject().value(u"L4-L5"_s).toObject();
    QCOMPARE(l4l5.value(u"radiologistComment"_s).toString(), u"broad-based disc bulge"_s);
    QCOMPARE(l4l5.value(u"centralStenosis"_s).toString(), u"mild"_s);
    QCOMPARE(l4l5.value(u"foraminalStenosis"_s).toObject().value(u"measuredBy"_s).toString(), u"second reader"_s);
    const QJsonObject episode = json.value(u"conservativeTherapy"_s).toArray().at(0).toObject();
    QCOMPARE(episode.value(u"provider"_s).toObject().value(u"name"_s).toString(), u"Example Physical Therapy"_s);
    QCOMPARE(json.value(u"request"_s).toObject().value(u"priorAuthNumber"_s).toString(), u"PA-2025-7781"_s);

    // Unknown members added to the model in code are written too.
    SpineCase c = minimalCase();
    c.request.extra.insert(u"x-note"_s, QJsonArray{1, 2});
    TherapyEpisode e;
    e.extra.insert(u"x-visit"_s, u"telehealth"_s);
    c.conservativeTherapy = QList<TherapyEpisode>{e};
    const QJsonObject written = CaseWriter::toJson(c);
    QCOMPARE(written.value(u"request"_s).toObject().value(u"x-note"_s), QJsonValue(QJsonArray{1, 2}));
    QCOMPARE(written.value(u"conservativeTherapy"_s).toArray().at(0).toObject().value(u"x-visit"_s).toString(),
             u"telehealth"_s);
}

void TestCaseWriter::writesFileAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"case.json"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(10000, ' '));
    old.close();

    const SpineCase c = fullyPopulatedCase();
    QString error;
    QVERIFY2(CaseWriter::writeFile(c, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), CaseWriter::toBytes(c));
    const CaseReadResult back = CaseReader::readFile(path);
    QVERIFY2(back.ok(), qPrintable(listIssues(back.issues)));
    QCOMPARE(CaseWriter::toJson(*back.value), CaseWriter::toJson(c));
    // QSaveFile leaves no temporary file behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"case.json"_s});
}

void TestCaseWriter::reportsWriteFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing-folder/case.json"_s);
    QString error;
    QVERIFY(!CaseWriter::writeFile(minimalCase(), path, &error));
    QVERIFY2(error.startsWith(u"cannot write "_s + path + u": "_s), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!CaseWriter::writeFile(minimalCase(), path, nullptr));
}

QTEST_GUILESS_MAIN(TestCaseWriter)
#include "tst_casewriter.moc"
