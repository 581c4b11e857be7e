// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The case file spinereview-case/1 as plain values. Every optional field is a std::optional: nullopt is
// "not documented" (absent or null in the file), never "no". Arrays whose absence means something
// different from emptiness (surgicalHistory: absent = unknown, [] = documented none) are optional lists.
// Each object keeps the members the format does not know in `extra`, written back unchanged, so a file
// round-trips without losing what a person or another tool put in it.

namespace spinereview {

struct Facets
{
    std::optional<double> leftPercent;
    std::optional<double> rightPercent;
    QJsonObject extra;
};

struct SidedStenosis
{
    std::optional<StenosisGrade> left;
    std::optional<StenosisGrade> right;
    QJsonObject extra;
};

struct Spondylolisthesis
{
    std::optional<int> grade; // Meyerding 0–5; 0 = documented none
    std::optional<double> translationMm;
    std::optional<SlipType> type;
    std::optional<bool> progression;
    QJsonObject extra;
};

struct LevelFindings
{
    std::optional<StenosisGrade> centralStenosis;
    std::optional<SidedStenosis> lateralRecessStenosis;
    std::optional<SidedStenosis> foraminalStenosis;
    std::optional<Spondylolisthesis> spondylolisthesis;
    std::optional<double> dynamicTranslationMm;
    std::optional<double> dynamicAngulationDeg;
    std::optional<DiscHeightLoss> discHeightLoss;
    std::optional<int> modicChanges; // Modic type 0–3
    std::optional<DiscHerniation> discHerniation;
    std::optional<bool> facetHypertrophy;
    std::optional<bool> synovialCyst;
    std::optional<bool> parsDefect;
    QJsonObject extra;
};

struct ImagingStudy
{
    Modality modality = Modality::Mri;
    QDate date;
    std::optional<QMap<Level, LevelFindings>> levels;
    std::optional<double> coronalCobbDeg;
    std::optional<double> sagittalVerticalAxisCm;
    std::optional<double> pelvicIncidenceMinusLordosisDeg;
    QJsonObject extra;
};

struct RootFinding
{
    std::optional<Root> root;
    std::optional<Side> side;
    QJsonObject extra;
};

struct EmgFinding
{
    std::optional<Root> root;
    std::optional<Side> side;
    std::optional<Acuity> acuity;
    QJsonObject extra;
};

struct EmgStudy
{
    QDate date;
    std::optional<QList<EmgFinding>> findings; // [] = a normal study
    std::optional<bool> peripheralNeuropathy;
    QJsonObject extra;
};

struct TherapyEpisode
{
    TherapyType type = TherapyType::Other;
    std::optional<QDate> start;
    std::optional<QDate> end; // nullopt = ongoing at the review date
    std::optional<int> sessions;
    std::optional<TherapyResponse> response;
    std::optional<bool> contraindicated;
    std::optional<Delivery> delivery;
    QJsonObject extra;
};

struct PriorOperation
{
    PriorProcedure procedure = PriorProcedure::Other;
    QList<Level> levels;
    std::optional<QDate> date;
    std::optional<bool> instrumented;
    std::optional<bool> solidFusion; // false = documented pseudarthrosis
    std::optional<Facets> facetResection;
    QJsonObject extra;
};

struct CotinineTest
{
    std::optional<QDate> date;
    std::optional<TestResult> result;
    std::optional<double> ngPerMl;
    QJsonObject extra;
};

struct Patient
{
    std::optional<QString> id;
    std::optional<Sex> sex;
    std::optional<QDate> birthDate;
    std::optional<int> ageYears;
    std::optional<double> bmi;
    std::optional<Nicotine> nicotine;
    std::optional<QDate> nicotineQuitDate;
    std::optional<CotinineTest> cotinineTest;
    std::optional<bool> diabetes;
    std::optional<double> hba1c;
    std::optional<double> dexaTScore;
    std::optional<QDate> dexaDate;
    std::optional<double> ctHounsfieldUnits;
    std::optional<bool> osteoporosis;
    std::optional<bool> chronicSteroids;
    std::optional<bool> renalDisease;
    std::optional<bool> alcoholUseDisorder;
    std::optional<bool> pregnant;
    std::optional<PsychologicalScreening> psychologicalScreening;
    QJsonObject extra;
};

struct OutcomeScore
{
    QDate date;
    std::optional<double> painScore; // 0–10
    std::optional<double> odi;       // 0–100
    QJsonObject extra;
};

struct Symptoms
{
    std::optional<bool> neurogenicClaudication;
    std::optional<LegPain> legPain;
    std::optional<bool> backPainPredominant;
    std::optional<int> durationWeeks;
    std::optional<double> painScore; // 0–10
    std::optional<double> odi;       // 0–100
    std::optional<bool> functionalImpairment;
    std::optional<QList<OutcomeScore>> outcomeScores;
    QJsonObject extra;
};

struct MotorDeficit
{
    std::optional<Root> root;
    std::optional<Side> side;
    std::optional<int> grade; // MRC 0–5
    QJsonObject extra;
};

struct ReflexChange
{
    std::optional<Reflex> reflex;
    std::optional<Side> side;
    QJsonObject extra;
};

struct Exam
{
    std::optional<QList<MotorDeficit>> motorDeficit;
    std::optional<bool> progressiveDeficit;
    std::optional<bool> caudaEquina;
    std::optional<bool> infection;
    std::optional<bool> tumor;
    std::optional<bool> fracture;
    std::optional<QList<ReflexChange>> reflexChanges;
    std::optional<QList<RootFinding>> sensoryDeficit;
    std::optional<StraightLegRaise> straightLegRaise;
    QJsonObject extra;
};

struct LevelPlan
{
    std::optional<Facets> plannedFacetectomy;
    std::optional<bool> plannedParsRemoval;
    QJsonObject extra;
};

struct Request
{
    QList<Level> levels;         // required, non-empty
    QList<Component> components; // required, non-empty
    std::optional<QMap<Component, QList<Level>>> componentLevels;
    std::optional<Approach> approach;
    std::optional<InterbodyTechnique> interbodyTechnique;
    std::optional<bool> posterolateralFusion;
    std::optional<Facets> plannedFacetectomy;
    std::optional<bool> plannedParsRemoval;
    std::optional<QMap<Level, LevelPlan>> levelPlans;
    std::optional<AutograftSource> autograftSource;
    std::optional<bool> autograftInsufficient;
    std::optional<bool> bmaHybridWithIliacCrest;
    std::optional<bool> bmpContraindication;
    std::optional<Setting> setting;
    std::optional<int> expectedMidnights;
    std::optional<QList<InpatientRiskFactor>> inpatientRiskFactors;
    std::optional<QDate> plannedSurgeryDate;
    std::optional<Urgency> urgency;
    std::optional<QDateTime> receivedAt;
    std::optional<QStringList> cptCodes;
    std::optional<QStringList> icd10Codes;
    QJsonObject extra;
};

struct Coverage
{
    std::optional<QString> payer;
    std::optional<PlanType> planType;
    std::optional<QString> memberId;
    QJsonObject extra;
};

struct SpineCase
{
    QString caseId;
    std::optional<QDate> reviewDate; // nullopt: today, decided by the caller, never inside the engine
    std::optional<Patient> patient;
    std::optional<Symptoms> symptoms;
    std::optional<Exam> exam;
    std::optional<QList<ImagingStudy>> imaging;
    std::optional<QList<EmgStudy>> emg;
    std::optional<QList<TherapyEpisode>> conservativeTherapy;
    std::optional<QList<PriorOperation>> surgicalHistory; // [] = documented none
    Request request;
    std::optional<Coverage> coverage;
    std::optional<QString> notes;
    QJsonObject extra;

    // The levels a component covers: request.componentLevels[component], else request.levels.
    QList<Level> levelsOf(Component component) const;
};

} // namespace spinereview
