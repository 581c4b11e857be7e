// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/casereader.h"

#include "core/case/jsonobjectreader.h"
#include "core/json/jsontext.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

// Ranges from case-format.md. Counts, distances and angles that cannot be negative are held to >= 0 so a
// stray minus sign is caught rather than read as a measurement.
const NumberRange painScoreRange = NumberRange::between(0, 10);
const NumberRange odiRange = NumberRange::between(0, 100);
const NumberRange percentRange = NumberRange::between(0, 100);
const NumberRange mrcGradeRange = NumberRange::between(0, 5);
const NumberRange meyerdingRange = NumberRange::between(0, 5);
const NumberRange modicRange = NumberRange::between(0, 3);
const NumberRange nonNegative = NumberRange::atLeast(0);
const NumberRange positive = NumberRange::above(0);

// The format marks no member of these entries required: an entry without its root is kept as documented
// (the facts treat its root as unknown) rather than refused.
RootFinding readRootFinding(JsonObjectReader& o)
{
    RootFinding f;
    f.root = o.optionalEnum<Root>("root"_L1);
    f.side = o.optionalEnum<Side>("side"_L1);
    f.extra = o.unknownMembers();
    return f;
}

EmgFinding readEmgFinding(JsonObjectReader& o)
{
    EmgFinding f;
    f.root = o.optionalEnum<Root>("root"_L1);
    f.side = o.optionalEnum<Side>("side"_L1);
    f.acuity = o.optionalEnum<Acuity>("acuity"_L1);
    f.extra = o.unknownMembers();
    return f;
}

MotorDeficit readMotorDeficit(JsonObjectReader& o)
{
    MotorDeficit d;
    d.root = o.optionalEnum<Root>("root"_L1);
    d.side = o.optionalEnum<Side>("side"_L1);
    d.grade = o.optionalInteger("grade"_L1, mrcGradeRange);
    d.extra = o.unknownMembers();
    return d;
}

ReflexChange readReflexChange(JsonObjectReader& o)
{
    ReflexChange r;
    r.reflex = o.optionalEnum<Reflex>("reflex"_L1);
    r.side = o.optionalEnum<Side>("side"_L1);
    r.extra = o.unknownMembers();
    return r;
}

Facets readFacets(JsonObjectReader& o)
{
    Facets f;
    f.leftPercent = o.optionalNumber("leftPercent"_L1, percentRange);
    f.rightPercent = o.optionalNumber("rightPercent"_L1, percentRange);
    f.extra = o.unknownMembers();
    return f;
}

SidedStenosis readSidedStenosis(JsonObjectReader& o)
{
    SidedStenosis s;
    s.left = o.optionalEnum<StenosisGrade>("left"_L1);
    s.right = o.optionalEnum<StenosisGrade>("right"_L1);
    s.extra = o.unknownMembers();
    return s;
}

Spondylolisthesis readSpondylolisthesis(JsonObjectReader& o)
{
    Spondylolisthesis s;
    s.grade = o.optionalInteger("grade"_L1, meyerdingRange);
    s.translationMm = o.optionalNumber("translationMm"_L1, nonNegative);
    s.type = o.optionalEnum<SlipType>("type"_L1);
    s.progression = o.optionalBool("progression"_L1);
    s.extra = o.unknownMembers();
    return s;
}

LevelFindings readLevelFindings(JsonObjectReader& o)
{
    LevelFindings f;
    f.centralStenosis = o.optionalEnum<StenosisGrade>("centralStenosis"_L1);
    f.lateralRecessStenosis = o.optionalObject("lateralRecessStenosis"_L1, readSidedStenosis);
    f.foraminalStenosis = o.optionalObject("foraminalStenosis"_L1, readSidedStenosis);
    f.spondylolisthesis = o.optionalObject("spondylolisthesis"_L1, readSpondylolisthesis);
    f.dynamicTranslationMm = o.optionalNumber("dynamicTranslationMm"_L1, nonNegative);
    f.dynamicAngulationDeg = o.optionalNumber("dynamicAngulationDeg"_L1, nonNegative);
    f.discHeightLoss = o.optionalEnum<DiscHeightLoss>("discHeightLoss"_L1);
    f.modicChanges = o.optionalInteger("modicChanges"_L1, modicRange);
    f.discHerniation = o.optionalEnum<DiscHerniation>("discHerniation"_L1);
    f.facetHypertrophy = o.optionalBool("facetHypertrophy"_L1);
    f.synovialCyst = o.optionalBool("synovialCyst"_L1);
    f.parsDefect = o.optionalBool("parsDefect"_L1);
    f.extra = o.unknownMembers();
    return f;
}

ImagingStudy readImagingStudy(JsonObjectReader& o)
{
    ImagingStudy s;
    s.modality = o.requiredEnum<Modality>("modality"_L1, Modality::Mri);
    s.date = o.requiredDate("date"_L1);
    s.levels = o.optionalObjectMap<Level, LevelFindings>("levels"_L1, readLevelFindings);
    s.coronalCobbDeg = o.optionalNumber("coronalCobbDeg"_L1, nonNegative);
    // Sagittal measures are signed: a negative SVA or PI-LL is a real finding.
    s.sagittalVerticalAxisCm = o.optionalNumber("sagittalVerticalAxisCm"_L1);
    s.pelvicIncidenceMinusLordosisDeg = o.optionalNumber("pelvicIncidenceMinusLordosisDeg"_L1);
    s.extra = o.unknownMembers();
    return s;
}

EmgStudy readEmgStudy(JsonObjectReader& o)
{
    EmgStudy s;
    s.date = o.requiredDate("date"_L1);
    s.findings = o.optionalObjectList("findings"_L1, readEmgFinding);
    s.peripheralNeuropathy = o.optionalBool("peripheralNeuropathy"_L1);
    s.extra = o.unknownMembers();
    return s;
}

TherapyEpisode readTherapyEpisode(JsonObjectReader& o)
{
    TherapyEpisode e;
    e.type = o.requiredEnum<TherapyType>("type"_L1, TherapyType::Other);
    e.start = o.optionalDate("start"_L1);
    e.end = o.optionalDate("end"_L1);
    if (e.start && e.end && *e.end < *e.start)
        o.fields().addIssue(o.pathOf("end"_L1), u"end %1 is before start %2"_s.arg(e.end->toString(Qt::ISODate),
                                                                                   e.start->toString(Qt::ISODate)));
    e.sessions = o.optionalInteger("sessions"_L1, nonNegative);
    e.response = o.optionalEnum<TherapyResponse>("response"_L1);
    e.contraindicated = o.optionalBool("contraindicated"_L1);
    e.delivery = o.optionalEnum<Delivery>("delivery"_L1);
    e.extra = o.unknownMembers();
    return e;
}

PriorOperation readPriorOperation(JsonObjectReader& o)
{
    PriorOperation p;
    p.procedure = o.requiredEnum<PriorProcedure>("procedure"_L1, PriorProcedure::Other);
    // Required but may be empty: the format asks only request.levels to be non-empty.
    p.levels = o.requiredEnumList<Level>("levels"_L1, false);
    p.date = o.optionalDate("date"_L1);
    p.instrumented = o.optionalBool("instrumented"_L1);
    p.solidFusion = o.optionalBool("solidFusion"_L1);
    p.facetResection = o.optionalObject("facetResection"_L1, readFacets);
    p.extra = o.unknownMembers();
    return p;
}

CotinineTest readCotinineTest(JsonObjectReader& o)
{
    CotinineTest t;
    t.date = o.optionalDate("date"_L1);
    t.result = o.optionalEnum<TestResult>("result"_L1);
    t.ngPerMl = o.optionalNumber("ngPerMl"_L1, nonNegative);
    t.extra = o.unknownMembers();
    return t;
}

Patient readPatient(JsonObjectReader& o)
{
    Patient p;
    p.id = o.optionalString("id"_L1);
    p.sex = o.optionalEnum<Sex>("sex"_L1);
    p.birthDate = o.optionalDate("birthDate"_L1);
    p.ageYears = o.optionalInteger("ageYears"_L1, nonNegative);
    p.bmi = o.optionalNumber("bmi"_L1, positive);
    p.nicotine = o.optionalEnum<Nicotine>("nicotine"_L1);
    p.nicotineQuitDate = o.optionalDate("nicotineQuitDate"_L1);
    p.cotinineTest = o.optionalObject("cotinineTest"_L1, readCotinineTest);
    p.diabetes = o.optionalBool("diabetes"_L1);
    p.hba1c = o.optionalNumber("hba1c"_L1, positive);
    p.dexaTScore = o.optionalNumber("dexaTScore"_L1);
    p.dexaDate = o.optionalDate("dexaDate"_L1);
    p.ctHounsfieldUnits = o.optionalNumber("ctHounsfieldUnits"_L1);
    p.osteoporosis = o.optionalBool("osteoporosis"_L1);
    p.chronicSteroids = o.optionalBool("chronicSteroids"_L1);
    p.renalDisease = o.optionalBool("renalDisease"_L1);
    p.alcoholUseDisorder = o.optionalBool("alcoholUseDisorder"_L1);
    p.pregnant = o.optionalBool("pregnant"_L1);
    p.psychologicalScreening = o.optionalEnum<PsychologicalScreening>("psychologicalScreening"_L1);
    p.extra = o.unknownMembers();
    return p;
}

OutcomeScore readOutcomeScore(JsonObjectReader& o)
{
    OutcomeScore s;
    // Not required by the format; an invalid QDate is the model's "not documented".
    s.date = o.optionalDate("date"_L1).value_or(QDate());
    s.painScore = o.optionalNumber("painScore"_L1, painScoreRange);
    s.odi = o.optionalNumber("odi"_L1, odiRange);
    s.extra = o.unknownMembers();
    return s;
}

Symptoms readSymptoms(JsonObjectReader& o)
{
    Symptoms s;
    s.neurogenicClaudication = o.optionalBool("neurogenicClaudication"_L1);
    s.legPain = o.optionalEnum<LegPain>("legPain"_L1);
    s.backPainPredominant = o.optionalBool("backPainPredominant"_L1);
    s.durationWeeks = o.optionalInteger("durationWeeks"_L1, nonNegative);
    s.painScore = o.optionalNumber("painScore"_L1, painScoreRange);
    s.odi = o.optionalNumber("odi"_L1, odiRange);
    s.functionalImpairment = o.optionalBool("functionalImpairment"_L1);
    s.outcomeScores = o.optionalObjectList("outcomeScores"_L1, readOutcomeScore);
    s.extra = o.unknownMembers();
    return s;
}

Exam readExam(JsonObjectReader& o)
{
    Exam e;
    e.motorDeficit = o.optionalObjectList("motorDeficit"_L1, readMotorDeficit);
    e.progressiveDeficit = o.optionalBool("progressiveDeficit"_L1);
    e.caudaEquina = o.optionalBool("caudaEquina"_L1);
    e.infection = o.optionalBool("infection"_L1);
    e.tumor = o.optionalBool("tumor"_L1);
    e.fracture = o.optionalBool("fracture"_L1);
    e.reflexChanges = o.optionalObjectList("reflexChanges"_L1, readReflexChange);
    e.sensoryDeficit = o.optionalObjectList("sensoryDeficit"_L1, readRootFinding);
    e.straightLegRaise = o.optionalEnum<StraightLegRaise>("straightLegRaise"_L1);
    e.extra = o.unknownMembers();
    return e;
}

LevelPlan readLevelPlan(JsonObjectReader& o)
{
    LevelPlan p;
    p.plannedFacetectomy = o.optionalObject("plannedFacetectomy"_L1, readFacets);
    p.plannedParsRemoval = o.optionalBool("plannedParsRemoval"_L1);
    p.extra = o.unknownMembers();
    return p;
}

QString listLevels(const QList<Level>& levels)
{
    QStringList names;
    for (const Level level : levels)
        names.append(enumToString(level));
    return names.join(u", "_s);
}

// componentLevels narrows a component to some of the requested levels, so each of its components must be
// requested and each of its levels must be one of request.levels. The cross-checks run only when the lists
// they compare against were read cleanly, so one typo is not reported again at every reference to it.
std::optional<QMap<Component, QList<Level>>> readComponentLevels(JsonObjectReader& o, const Request& request,
                                                                 bool checkComponents, bool checkLevels)
{
    const auto object = o.optionalRawObject("componentLevels"_L1);
    if (!object)
        return std::nullopt;
    JsonFieldReader& fields = o.fields();
    QMap<Component, QList<Level>> out;
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString path = jsonPathMember(o.pathOf("componentLevels"_L1), it.key());
        const auto component = fields.keyToEnum<Component>(it.key(), path);
        if (it.value().isNull())
            continue;
        const auto levels = fields.toEnumList<Level>(it.value(), path, true);
        if (!component || !levels)
            continue;
        if (checkComponents && !request.components.contains(*component))
            fields.addIssue(path, u"component %1 is not listed in request.components"_s.arg(it.key()));
        const QJsonArray raw = it.value().toArray();
        for (qsizetype i = 0; checkLevels && i < raw.size(); ++i) {
            const auto level = enumFromString<Level>(raw.at(i).toString());
            if (level && !request.levels.contains(*level))
                fields.addIssue(jsonPathIndex(path, i), u"level %1 is not one of request.levels (%2)"_s.arg(
                                                            enumToString(*level), listLevels(request.levels)));
        }
        out.insert(*component, *levels);
    }
    return out;
}

void checkLevelPlans(JsonObjectReader& o, const Request& request)
{
    for (auto it = request.levelPlans->constBegin(); it != request.levelPlans->constEnd(); ++it) {
        if (!request.levels.contains(it.key()))
            o.fields().addIssue(jsonPathMember(o.pathOf("levelPlans"_L1), enumToString(it.key())),
                                u"level %1 is not one of request.levels (%2)"_s.arg(enumToString(it.key()),
                                                                                    listLevels(request.levels)));
    }
}

Request readRequest(JsonObjectReader& o)
{
    Request r;
    const qsizetype issuesBeforeLevels = o.fields().issues().size();
    r.levels = o.requiredEnumList<Level>("levels"_L1, true);
    const qsizetype issuesBeforeComponents = o.fields().issues().size();
    const bool levelsClean = issuesBeforeComponents == issuesBeforeLevels;
    r.components = o.requiredEnumList<Component>("components"_L1, true);
    const bool componentsClean = o.fields().issues().size() == issuesBeforeComponents;
    r.componentLevels = readComponentLevels(o, r, componentsClean, levelsClean);
    r.approach = o.optionalEnum<Approach>("approach"_L1);
    r.interbodyTechnique = o.optionalEnum<InterbodyTechnique>("interbodyTechnique"_L1);
    r.posterolateralFusion = o.optionalBool("posterolateralFusion"_L1);
    r.plannedFacetectomy = o.optionalObject("plannedFacetectomy"_L1, readFacets);
    r.plannedParsRemoval = o.optionalBool("plannedParsRemoval"_L1);
    r.levelPlans = o.optionalObjectMap<Level, LevelPlan>("levelPlans"_L1, readLevelPlan);
    if (r.levelPlans && levelsClean)
        checkLevelPlans(o, r);
    r.autograftSource = o.optionalEnum<AutograftSource>("autograftSource"_L1);
    r.autograftInsufficient = o.optionalBool("autograftInsufficient"_L1);
    r.bmaHybridWithIliacCrest = o.optionalBool("bmaHybridWithIliacCrest"_L1);
    r.bmpContraindication = o.optionalBool("bmpContraindication"_L1);
    r.setting = o.optionalEnum<Setting>("setting"_L1);
    r.expectedMidnights = o.optionalInteger("expectedMidnights"_L1, nonNegative);
    r.inpatientRiskFactors = o.optionalEnumList<InpatientRiskFactor>("inpatientRiskFactors"_L1);
    r.plannedSurgeryDate = o.optionalDate("plannedSurgeryDate"_L1);
    r.urgency = o.optionalEnum<Urgency>("urgency"_L1);
    r.receivedAt = o.optionalDateTimeWithZone("receivedAt"_L1);
    r.cptCodes = o.optionalStringList("cptCodes"_L1);
    r.icd10Codes = o.optionalStringList("icd10Codes"_L1);
    r.extra = o.unknownMembers();
    return r;
}

Coverage readCoverage(JsonObjectReader& o)
{
    Coverage c;
    c.payer = o.optionalString("payer"_L1);
    c.planType = o.optionalEnum<PlanType>("planType"_L1);
    c.memberId = o.optionalString("memberId"_L1);
    c.extra = o.unknownMembers();
    return c;
}

SpineCase readCase(JsonObjectReader& o)
{
    const auto format = o.requiredString("format"_L1);
    if (format && *format != QLatin1StringView(caseFormatId))
        o.fields().addIssue(o.pathOf("format"_L1),
                            u"expected \"%1\"; found %2"_s.arg(QLatin1StringView(caseFormatId),
                                                               JsonFieldReader::describe(QJsonValue(*format))));
    SpineCase c;
    c.caseId = o.requiredNonEmptyString("caseId"_L1);
    c.reviewDate = o.optionalDate("reviewDate"_L1);
    c.patient = o.optionalObject("patient"_L1, readPatient);
    c.symptoms = o.optionalObject("symptoms"_L1, readSymptoms);
    c.exam = o.optionalObject("exam"_L1, readExam);
    c.imaging = o.optionalObjectList("imaging"_L1, readImagingStudy);
    c.emg = o.optionalObjectList("emg"_L1, readEmgStudy);
    c.conservativeTherapy = o.optionalObjectList("conservativeTherapy"_L1, readTherapyEpisode);
    c.surgicalHistory = o.optionalObjectList("surgicalHistory"_L1, readPriorOperation);
    if (auto request = o.requiredObject("request"_L1, readRequest))
        c.request = std::move(*request);
    c.coverage = o.optionalObject("coverage"_L1, readCoverage);
    c.notes = o.optionalString("notes"_L1);
    c.extra = o.unknownMembers();
    return c;
}

CaseReadResult failure(const QString& sourceName, const QString& message)
{
    return CaseReadResult{std::nullopt, {ValidationIssue{sourceName, QString(), message}}};
}

} // namespace

CaseReadResult CaseReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, u"cannot open the file: "_s + file.errorString());
    return readBytes(file.readAll(), path);
}

CaseReadResult CaseReader::readBytes(const QByteArray& json, const QString& sourceName)
{
    QString error;
    const std::optional<QJsonObject> object = JsonText::parseObject(json, &error);
    return object ? readObject(*object, sourceName) : failure(sourceName, error);
}

CaseReadResult CaseReader::readObject(const QJsonObject& object, const QString& sourceName)
{
    JsonFieldReader fields(sourceName);
    JsonObjectReader root(fields, object, QString());
    SpineCase c = readCase(root);
    if (fields.hasIssues())
        return CaseReadResult{std::nullopt, fields.issues()};
    return CaseReadResult{std::move(c), {}};
}

} // namespace spinereview
