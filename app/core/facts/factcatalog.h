// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace spinereview {

enum class FactType { Boolean, Number, Text };
enum class FactScope { Case, Level };

// Every fact the criteria may read, by id: the names a criteria file may use in {"var": …}, their
// type, whether they are bound once per case or once per evaluated level (`level.` prefix), and what
// they mean. The criteria loader checks every condition against this list.
// A fact's label and meaning are the English a reader sees; they are marked for lupdate here, in context
// "FactCatalog", and translated only where they are shown (FactTexts), never during an evaluation.
enum class FactId {
    // symptoms
    SymptomsPresent,
    NeurogenicClaudication,
    BackPainPredominant,
    FunctionalImpairment,
    PainScore,
    Odi,
    SymptomDurationWeeks,
    // exam: red flags and motor strength
    CaudaEquina,
    ProgressiveDeficit,
    Infection,
    Tumor,
    Fracture,
    WeakestMotorGradeL5S1,
    WeakestMotorGradeL3L4,
    EmgRadiculopathy,
    // conservative care
    CareWeeks,
    CareActiveTherapy,
    CareOtherModality,
    CareFailure,
    // imaging across the case
    CoronalCobbDeg,
    SagittalVerticalAxisCm,
    PiMinusLlDeg,
    ParsDefectLevelCount,
    // patient
    Nicotine,
    NicotineQuitDaysBeforeSurgery,
    CotinineDaysBeforeSurgery,
    CotinineNgPerMl,
    CotinineHasNumber,
    CotinineResult,
    Diabetes,
    Hba1c,
    Bmi,
    DexaTScore,
    CtHounsfieldUnits,
    Osteoporosis,
    ChronicSteroids,
    RenalDisease,
    AlcoholUseDisorder,
    Pregnant,
    AgeYears,
    // request
    FusionLevelCount,
    InterbodyTechnique,
    Approach,
    PosterolateralFusion,
    AutograftSource,
    AutograftInsufficient,
    BmaHybridWithIliacCrest,
    BmpContraindication,
    Setting,
    ExpectedMidnights,
    InpatientRiskFactorCount,
    // the criteria set itself
    CriteriaInEffect,
    // per level: every level fact from here on, every case fact before (FactSlots relies on the split)
    LevelName,
    LevelDescribed,
    LevelWorstStenosis,
    LevelCentralStenosis,
    LevelForaminalStenosis,
    LevelSlipGrade,
    LevelSlipType,
    LevelSlipProgression,
    LevelDynamicTranslationMm,
    LevelParsDefect,
    LevelModicChanges,
    LevelDiscHeightLoss,
    LevelPreviouslyOperated,
    LevelPriorDecompression,
    LevelPriorFusion,
    LevelPriorFusionNonunion,
    LevelMonthsSinceNonunionFusion,
    LevelPriorFacetResectionLeftPercent,
    LevelPriorFacetResectionRightPercent,
    LevelPlannedFacetectomyLeftPercent,
    LevelPlannedFacetectomyRightPercent,
    LevelPlannedParsRemoval,
    LevelAdjacentPriorFusion,
    LevelConcordant,
    LevelFusionRequested,
    LevelDecompressionRequested,
    Count
};

struct FactDefinition
{
    FactId id;
    const char* name;
    // What a reviewer calls it, as the desk's forms do: "BMI (kg/m²)". Never the level: the level is shown
    // beside a level fact.
    const char* label;
    FactType type;
    FactScope scope;
    const char* meaning;
    // For text facts: the values a condition may compare with; empty = free text.
    QStringList textValues;
};

class FactCatalog
{
public:
    static const std::vector<FactDefinition>& all();
    static const FactDefinition& definition(FactId id);
    static std::optional<FactId> find(QStringView name);
    static constexpr int count() { return static_cast<int>(FactId::Count); }
};

} // namespace spinereview
