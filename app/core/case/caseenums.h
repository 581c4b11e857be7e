// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"

// The enumerations of spinereview-case/1, each with its JSON names in the order of declaration.
// Order matters where the format defines one (stenosis grades mildest first, lumbar levels cranial first).

namespace spinereview {

#define SPINEREVIEW_ENUM_NAMES(E, ...)                                                                                 \
    template <> struct EnumNames<E>                                                                                    \
    {                                                                                                                  \
        static constexpr std::array names{__VA_ARGS__};                                                                \
    }

enum class Level { L1L2, L2L3, L3L4, L4L5, L5S1 };
SPINEREVIEW_ENUM_NAMES(Level, "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1");

enum class Root { L1, L2, L3, L4, L5, S1, S2 };
SPINEREVIEW_ENUM_NAMES(Root, "L1", "L2", "L3", "L4", "L5", "S1", "S2");

enum class Side { Left, Right, Bilateral };
SPINEREVIEW_ENUM_NAMES(Side, "left", "right", "bilateral");

enum class StenosisGrade { None, Mild, MildModerate, Moderate, ModerateSevere, Severe };
SPINEREVIEW_ENUM_NAMES(StenosisGrade, "none", "mild", "mild_moderate", "moderate", "moderate_severe", "severe");

enum class Sex { Female, Male, Other };
SPINEREVIEW_ENUM_NAMES(Sex, "female", "male", "other");

enum class Nicotine { Never, Former, Current };
SPINEREVIEW_ENUM_NAMES(Nicotine, "never", "former", "current");

enum class TestResult { Negative, Positive };
SPINEREVIEW_ENUM_NAMES(TestResult, "negative", "positive");

enum class PsychologicalScreening { Cleared, Concerns, NotDone };
SPINEREVIEW_ENUM_NAMES(PsychologicalScreening, "cleared", "concerns", "not_done");

enum class LegPain { None, Left, Right, Bilateral };
SPINEREVIEW_ENUM_NAMES(LegPain, "none", "left", "right", "bilateral");

enum class Reflex { Patellar, Achilles };
SPINEREVIEW_ENUM_NAMES(Reflex, "patellar", "achilles");

enum class StraightLegRaise { Positive, Negative };
SPINEREVIEW_ENUM_NAMES(StraightLegRaise, "positive", "negative");

enum class Modality { Mri, Ct, CtMyelogram, Xray, FlexionExtensionXray };
SPINEREVIEW_ENUM_NAMES(Modality, "MRI", "CT", "CT_myelogram", "xray", "flexion_extension_xray");

enum class SlipType { Degenerative, Isthmic, Iatrogenic, Other };
SPINEREVIEW_ENUM_NAMES(SlipType, "degenerative", "isthmic", "iatrogenic", "other");

enum class DiscHeightLoss { None, Mild, Moderate, Severe };
SPINEREVIEW_ENUM_NAMES(DiscHeightLoss, "none", "mild", "moderate", "severe");

enum class DiscHerniation { None, Bulge, Protrusion, Extrusion, Sequestration };
SPINEREVIEW_ENUM_NAMES(DiscHerniation, "none", "bulge", "protrusion", "extrusion", "sequestration");

enum class Acuity { Acute, Chronic, AcuteOnChronic };
SPINEREVIEW_ENUM_NAMES(Acuity, "acute", "chronic", "acute_on_chronic");

enum class TherapyType {
    PhysicalTherapy,
    HomeExercise,
    ActivityModification,
    Nsaid,
    Acetaminophen,
    Gabapentinoid,
    MuscleRelaxant,
    Opioid,
    OralSteroid,
    EpiduralSteroidInjection,
    FacetInjection,
    Chiropractic,
    Bracing,
    Acupuncture,
    Other
};
SPINEREVIEW_ENUM_NAMES(TherapyType, "physical_therapy", "home_exercise", "activity_modification", "nsaid",
                       "acetaminophen", "gabapentinoid", "muscle_relaxant", "opioid", "oral_steroid",
                       "epidural_steroid_injection", "facet_injection", "chiropractic", "bracing", "acupuncture",
                       "other");

enum class TherapyResponse { Resolved, Improved, Partial, NoImprovement, Worse, NotTolerated };
SPINEREVIEW_ENUM_NAMES(TherapyResponse, "resolved", "improved", "partial", "no_improvement", "worse", "not_tolerated");

enum class Delivery { InPerson, Home, Virtual };
SPINEREVIEW_ENUM_NAMES(Delivery, "in_person", "home", "virtual");

enum class PriorProcedure { Discectomy, Laminotomy, Laminectomy, Foraminotomy, Facetectomy, Fusion, Other };
SPINEREVIEW_ENUM_NAMES(PriorProcedure, "discectomy", "laminotomy", "laminectomy", "foraminotomy", "facetectomy",
                       "fusion", "other");

enum class Component {
    Decompression,
    Fusion,
    Instrumentation,
    Interbody,
    BoneMarrowAspirate,
    Bmp,
    Allograft,
    Autograft,
    CementAugmentation,
    BoneGrowthStimulator,
    InpatientStay
};
SPINEREVIEW_ENUM_NAMES(Component, "decompression", "fusion", "instrumentation", "interbody", "bone_marrow_aspirate",
                       "bmp", "allograft", "autograft", "cement_augmentation", "bone_growth_stimulator",
                       "inpatient_stay");

enum class Approach { Posterior, Anterior, Lateral, Combined };
SPINEREVIEW_ENUM_NAMES(Approach, "posterior", "anterior", "lateral", "combined");

enum class InterbodyTechnique { Tlif, Plif, Alif, Llif, Olif };
SPINEREVIEW_ENUM_NAMES(InterbodyTechnique, "TLIF", "PLIF", "ALIF", "LLIF", "OLIF");

enum class AutograftSource { Local, IliacCrest, Both };
SPINEREVIEW_ENUM_NAMES(AutograftSource, "local", "iliac_crest", "both");

enum class Setting { Inpatient, Outpatient };
SPINEREVIEW_ENUM_NAMES(Setting, "inpatient", "outpatient");

enum class InpatientRiskFactor {
    Asa3OrMore,
    SleepApneaCpap,
    UncontrolledDiabetes,
    MorbidObesity,
    CardiopulmonaryDisease,
    NoHomeSupport,
    IvAnalgesiaNeeded
};
SPINEREVIEW_ENUM_NAMES(InpatientRiskFactor, "asa_3_or_more", "sleep_apnea_cpap", "uncontrolled_diabetes",
                       "morbid_obesity", "cardiopulmonary_disease", "no_home_support", "iv_analgesia_needed");

enum class Urgency { Standard, Expedited };
SPINEREVIEW_ENUM_NAMES(Urgency, "standard", "expedited");

enum class PlanType { Commercial, Medicare, MedicareAdvantage, Medicaid, Other };
SPINEREVIEW_ENUM_NAMES(PlanType, "commercial", "medicare", "medicare_advantage", "medicaid", "other");

#undef SPINEREVIEW_ENUM_NAMES

} // namespace spinereview
