// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/casewriter.h"

#include "core/case/casereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

// One toValue overload per kind of value the model holds. All are declared before the templates that call
// them, because the unnamed namespace is not searched by argument-dependent lookup.
QJsonValue toValue(bool value);
QJsonValue toValue(int value);
QJsonValue toValue(double value);
QJsonValue toValue(const QString& value);
QJsonValue toValue(const QDate& value);
QJsonValue toValue(const QDateTime& value);
QJsonValue toValue(const Facets& value);
QJsonValue toValue(const SidedStenosis& value);
QJsonValue toValue(const Spondylolisthesis& value);
QJsonValue toValue(const LevelFindings& value);
QJsonValue toValue(const ImagingStudy& value);
QJsonValue toValue(const RootFinding& value);
QJsonValue toValue(const EmgFinding& value);
QJsonValue toValue(const EmgStudy& value);
QJsonValue toValue(const TherapyEpisode& value);
QJsonValue toValue(const PriorOperation& value);
QJsonValue toValue(const CotinineTest& value);
QJsonValue toValue(const Patient& value);
QJsonValue toValue(const OutcomeScore& value);
QJsonValue toValue(const Symptoms& value);
QJsonValue toValue(const MotorDeficit& value);
QJsonValue toValue(const ReflexChange& value);
QJsonValue toValue(const Exam& value);
QJsonValue toValue(const LevelPlan& value);
QJsonValue toValue(const Request& value);
QJsonValue toValue(const Coverage& value);

template <typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0> QJsonValue toValue(E value)
{
    return enumToString(value);
}

template <typename T> QJsonValue toValue(const QList<T>& values)
{
    QJsonArray out;
    for (const T& value : values)
        out.append(toValue(value));
    return out;
}

// Maps are keyed by enums (levels, components), written as their JSON spellings.
template <typename K, typename V> QJsonValue toValue(const QMap<K, V>& values)
{
    QJsonObject out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        out.insert(enumToString(it.key()), toValue(it.value()));
    return out;
}

// "Not documented" is written by leaving the member out, never as null.
template <typename T> void put(QJsonObject& out, QLatin1StringView key, const std::optional<T>& value)
{
    if (value)
        out.insert(key, toValue(*value));
}

template <typename T> void put(QJsonObject& out, QLatin1StringView key, const T& value)
{
    out.insert(key, toValue(value));
}

// Dates the model keeps as a plain QDate (required ones, outcome score dates) use the invalid date for
// "not documented".
void putDate(QJsonObject& out, QLatin1StringView key, const QDate& date)
{
    if (date.isValid())
        out.insert(key, toValue(date));
}

QJsonValue toValue(bool value)
{
    return value;
}

QJsonValue toValue(int value)
{
    return value;
}

QJsonValue toValue(double value)
{
    return value;
}

QJsonValue toValue(const QString& value)
{
    return value;
}

QJsonValue toValue(const QDate& value)
{
    return value.toString(Qt::ISODate);
}

QJsonValue toValue(const QDateTime& value)
{
    // Written with the offset the time was given in (Z stays Z); a local time is pinned to its offset so the
    // file names an instant. Milliseconds only when there are some, as most systems send whole seconds.
    const QDateTime withOffset = value.toOffsetFromUtc(value.offsetFromUtc());
    return withOffset.toString(withOffset.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonValue toValue(const Facets& value)
{
    QJsonObject out = value.extra;
    put(out, "leftPercent"_L1, value.leftPercent);
    put(out, "rightPercent"_L1, value.rightPercent);
    return out;
}

QJsonValue toValue(const SidedStenosis& value)
{
    QJsonObject out = value.extra;
    put(out, "left"_L1, value.left);
    put(out, "right"_L1, value.right);
    return out;
}

QJsonValue toValue(const Spondylolisthesis& value)
{
    QJsonObject out = value.extra;
    put(out, "grade"_L1, value.grade);
    put(out, "translationMm"_L1, value.translationMm);
    put(out, "type"_L1, value.type);
    put(out, "progression"_L1, value.progression);
    return out;
}

QJsonValue toValue(const LevelFindings& value)
{
    QJsonObject out = value.extra;
    put(out, "centralStenosis"_L1, value.centralStenosis);
    put(out, "lateralRecessStenosis"_L1, value.lateralRecessStenosis);
    put(out, "foraminalStenosis"_L1, value.foraminalStenosis);
    put(out, "spondylolisthesis"_L1, value.spondylolisthesis);
    put(out, "dynamicTranslationMm"_L1, value.dynamicTranslationMm);
    put(out, "dynamicAngulationDeg"_L1, value.dynamicAngulationDeg);
    put(out, "discHeightLoss"_L1, value.discHeightLoss);
    put(out, "modicChanges"_L1, value.modicChanges);
    put(out, "discHerniation"_L1, value.discHerniation);
    put(out, "facetHypertrophy"_L1, value.facetHypertrophy);
    put(out, "synovialCyst"_L1, value.synovialCyst);
    put(out, "parsDefect"_L1, value.parsDefect);
    return out;
}

QJsonValue toValue(const ImagingStudy& value)
{
    QJsonObject out = value.extra;
    put(out, "modality"_L1, value.modality);
    putDate(out, "date"_L1, value.date);
    put(out, "levels"_L1, value.levels);
    put(out, "coronalCobbDeg"_L1, value.coronalCobbDeg);
    put(out, "sagittalVerticalAxisCm"_L1, value.sagittalVerticalAxisCm);
    put(out, "pelvicIncidenceMinusLordosisDeg"_L1, value.pelvicIncidenceMinusLordosisDeg);
    return out;
}

QJsonValue toValue(const RootFinding& value)
{
    QJsonObject out = value.extra;
    put(out, "root"_L1, value.root);
    put(out, "side"_L1, value.side);
    return out;
}

QJsonValue toValue(const EmgFinding& value)
{
    QJsonObject out = value.extra;
    put(out, "root"_L1, value.root);
    put(out, "side"_L1, value.side);
    put(out, "acuity"_L1, value.acuity);
    return out;
}

QJsonValue toValue(const EmgStudy& value)
{
    QJsonObject out = value.extra;
    putDate(out, "date"_L1, value.date);
    put(out, "findings"_L1, value.findings);
    put(out, "peripheralNeuropathy"_L1, value.peripheralNeuropathy);
    return out;
}

QJsonValue toValue(const TherapyEpisode& value)
{
    QJsonObject out = value.extra;
    put(out, "type"_L1, value.type);
    put(out, "start"_L1, value.start);
    put(out, "end"_L1, value.end);
    put(out, "sessions"_L1, value.sessions);
    put(out, "response"_L1, value.response);
    put(out, "contraindicated"_L1, value.contraindicated);
    put(out, "delivery"_L1, value.delivery);
    return out;
}

QJsonValue toValue(const PriorOperation& value)
{
    QJsonObject out = value.extra;
    put(out, "procedure"_L1, value.procedure);
    put(out, "levels"_L1, value.levels);
    put(out, "date"_L1, value.date);
    put(out, "instrumented"_L1, value.instrumented);
    put(out, "solidFusion"_L1, value.solidFusion);
    put(out, "facetResection"_L1, value.facetResection);
    return out;
}

QJsonValue toValue(const CotinineTest& value)
{
    QJsonObject out = value.extra;
    put(out, "date"_L1, value.date);
    put(out, "result"_L1, value.result);
    put(out, "ngPerMl"_L1, value.ngPerMl);
    return out;
}

QJsonValue toValue(const Patient& value)
{
    QJsonObject out = value.extra;
    put(out, "id"_L1, value.id);
    put(out, "sex"_L1, value.sex);
    put(out, "birthDate"_L1, value.birthDate);
    put(out, "ageYears"_L1, value.ageYears);
    put(out, "bmi"_L1, value.bmi);
    put(out, "nicotine"_L1, value.nicotine);
    put(out, "nicotineQuitDate"_L1, value.nicotineQuitDate);
    put(out, "cotinineTest"_L1, value.cotinineTest);
    put(out, "diabetes"_L1, value.diabetes);
    put(out, "hba1c"_L1, value.hba1c);
    put(out, "dexaTScore"_L1, value.dexaTScore);
    put(out, "dexaDate"_L1, value.dexaDate);
    put(out, "ctHounsfieldUnits"_L1, value.ctHounsfieldUnits);
    put(out, "osteoporosis"_L1, value.osteoporosis);
    put(out, "chronicSteroids"_L1, value.chronicSteroids);
    put(out, "renalDisease"_L1, value.renalDisease);
    put(out, "alcoholUseDisorder"_L1, value.alcoholUseDisorder);
    put(out, "pregnant"_L1, value.pregnant);
    put(out, "psychologicalScreening"_L1, value.psychologicalScreening);
    return out;
}

QJsonValue toValue(const OutcomeScore& value)
{
    QJsonObject out = value.extra;
    putDate(out, "date"_L1, value.date);
    put(out, "painScore"_L1, value.painScore);
    put(out, "odi"_L1, value.odi);
    return out;
}

QJsonValue toValue(const Symptoms& value)
{
    QJsonObject out = value.extra;
    put(out, "neurogenicClaudication"_L1, value.neurogenicClaudication);
    put(out, "legPain"_L1, value.legPain);
    put(out, "backPainPredominant"_L1, value.backPainPredominant);
    put(out, "durationWeeks"_L1, value.durationWeeks);
    put(out, "painScore"_L1, value.painScore);
    put(out, "odi"_L1, value.odi);
    put(out, "functionalImpairment"_L1, value.functionalImpairment);
    put(out, "outcomeScores"_L1, value.outcomeScores);
    return out;
}

QJsonValue toValue(const MotorDeficit& value)
{
    QJsonObject out = value.extra;
    put(out, "root"_L1, value.root);
    put(out, "side"_L1, value.side);
    put(out, "grade"_L1, value.grade);
    return out;
}

QJsonValue toValue(const ReflexChange& value)
{
    QJsonObject out = value.extra;
    put(out, "reflex"_L1, value.reflex);
    put(out, "side"_L1, value.side);
    return out;
}

QJsonValue toValue(const Exam& value)
{
    QJsonObject out = value.extra;
    put(out, "motorDeficit"_L1, value.motorDeficit);
    put(out, "progressiveDeficit"_L1, value.progressiveDeficit);
    put(out, "caudaEquina"_L1, value.caudaEquina);
    put(out, "infection"_L1, value.infection);
    put(out, "tumor"_L1, value.tumor);
    put(out, "fracture"_L1, value.fracture);
    put(out, "reflexChanges"_L1, value.reflexChanges);
    put(out, "sensoryDeficit"_L1, value.sensoryDeficit);
    put(out, "straightLegRaise"_L1, value.straightLegRaise);
    return out;
}

QJsonValue toValue(const LevelPlan& value)
{
    QJsonObject out = value.extra;
    put(out, "plannedFacetectomy"_L1, value.plannedFacetectomy);
    put(out, "plannedParsRemoval"_L1, value.plannedParsRemoval);
    return out;
}

QJsonValue toValue(const Request& value)
{
    QJsonObject out = value.extra;
    put(out, "levels"_L1, value.levels);
    put(out, "components"_L1, value.components);
    put(out, "componentLevels"_L1, value.componentLevels);
    put(out, "approach"_L1, value.approach);
    put(out, "interbodyTechnique"_L1, value.interbodyTechnique);
    put(out, "posterolateralFusion"_L1, value.posterolateralFusion);
    put(out, "plannedFacetectomy"_L1, value.plannedFacetectomy);
    put(out, "plannedParsRemoval"_L1, value.plannedParsRemoval);
    put(out, "levelPlans"_L1, value.levelPlans);
    put(out, "autograftSource"_L1, value.autograftSource);
    put(out, "autograftInsufficient"_L1, value.autograftInsufficient);
    put(out, "bmaHybridWithIliacCrest"_L1, value.bmaHybridWithIliacCrest);
    put(out, "bmpContraindication"_L1, value.bmpContraindication);
    put(out, "setting"_L1, value.setting);
    put(out, "expectedMidnights"_L1, value.expectedMidnights);
    put(out, "inpatientRiskFactors"_L1, value.inpatientRiskFactors);
    put(out, "plannedSurgeryDate"_L1, value.plannedSurgeryDate);
    put(out, "urgency"_L1, value.urgency);
    put(out, "receivedAt"_L1, value.receivedAt);
    put(out, "cptCodes"_L1, value.cptCodes);
    put(out, "icd10Codes"_L1, value.icd10Codes);
    return out;
}

QJsonValue toValue(const Coverage& value)
{
    QJsonObject out = value.extra;
    put(out, "payer"_L1, value.payer);
    put(out, "planType"_L1, value.planType);
    put(out, "memberId"_L1, value.memberId);
    return out;
}

} // namespace

QJsonObject CaseWriter::toJson(const SpineCase& c)
{
    QJsonObject out = c.extra;
    out.insert("format"_L1, QLatin1StringView(caseFormatId));
    put(out, "caseId"_L1, c.caseId);
    put(out, "reviewDate"_L1, c.reviewDate);
    put(out, "patient"_L1, c.patient);
    put(out, "symptoms"_L1, c.symptoms);
    put(out, "exam"_L1, c.exam);
    put(out, "imaging"_L1, c.imaging);
    put(out, "emg"_L1, c.emg);
    put(out, "conservativeTherapy"_L1, c.conservativeTherapy);
    put(out, "surgicalHistory"_L1, c.surgicalHistory);
    put(out, "request"_L1, c.request);
    put(out, "coverage"_L1, c.coverage);
    put(out, "notes"_L1, c.notes);
    return out;
}

QByteArray CaseWriter::toBytes(const SpineCase& c)
{
    QByteArray bytes = QJsonDocument(toJson(c)).toJson(QJsonDocument::Indented);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

bool CaseWriter::writeFile(const SpineCase& c, const QString& path, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = toBytes(c);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace spinereview
