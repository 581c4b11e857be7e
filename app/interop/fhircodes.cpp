// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhircodes.h"

#include "interop/fhirtypes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace spinereview::FhirCodes {

using namespace Qt::StringLiterals;

namespace {

using C = Component;
using P = PriorProcedure;

// One table for the requested components and the prior operations.
//
// CPT: the descriptors are the AMA's (CPT Professional), as published in CMS's Physician Fee Schedule and in
// every coding reference; they are shortened here, not paraphrased. A code counts only where its descriptor
// names the component unambiguously:
//   - arthrodesis codes name the fusion, and an interbody technique the interbody component, but not which
//     interbody approach (22558 covers ALIF, LLIF and OLIF; 22630/22633 both TLIF and PLIF), nor a
//     posterolateral graft bed (22612 and 22633 say "posterior or posterolateral");
//   - 20930 is "allograft, morselized, or placement of osteopromotive material", which includes rhBMP-2 and
//     demineralised bone matrix: it names no component by itself;
//   - 38220 is the diagnostic bone marrow aspiration, the code graft aspirate was billed with before 20939
//     (2018); in a lumbar fusion request it stands for the bone marrow aspirate.
//   - Add-on codes (each additional interspace or segment) state the same as their primary code; the levels
//     come from the procedure's bodySite.
// Prior operations: a completed code's kind is its descriptor's first term (63030 "laminotomy
// (hemilaminectomy) … and/or excision of herniated disc" is a laminotomy, 63047 "laminectomy, facetectomy and
// foraminotomy" a laminectomy); instrumentation codes mark the fusion of the same day instrumented.
//
// SNOMED CT (International edition): only concepts whose ids were checked against a terminology server:
// 55705006 |Spinal fusion|, 387731002 |Laminectomy|, 178625001 |Primary lumbar microdiscectomy|.
const QList<SurgicalCode> kSurgicalCodes = {
    // Decompression
    {FhirSystem::cpt,
     "63005"_L1,
     {C::Decompression},
     P::Laminectomy,
     false,
     "Laminectomy without facetectomy, foraminotomy or discectomy, 1 or 2 segments; lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "63012"_L1,
     {C::Decompression},
     P::Laminectomy,
     false,
     "Laminectomy with removal of abnormal facets and/or pars for spondylolisthesis, lumbar (Gill)"_L1,
     {}},
    {FhirSystem::cpt,
     "63017"_L1,
     {C::Decompression},
     P::Laminectomy,
     false,
     "Laminectomy without facetectomy, foraminotomy or discectomy, more than 2 segments; lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "63030"_L1,
     {C::Decompression},
     P::Laminotomy,
     false,
     "Laminotomy (hemilaminectomy) with decompression of nerve root(s), 1 interspace, lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "63035"_L1,
     {C::Decompression},
     P::Laminotomy,
     false,
     "Laminotomy (hemilaminectomy), each additional interspace, cervical or lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "63042"_L1,
     {C::Decompression},
     P::Laminotomy,
     false,
     "Laminotomy (hemilaminectomy), reexploration, single interspace; lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "63044"_L1,
     {C::Decompression},
     P::Laminotomy,
     false,
     "Laminotomy (hemilaminectomy), reexploration, each additional lumbar interspace"_L1,
     {}},
    {FhirSystem::cpt,
     "63047"_L1,
     {C::Decompression},
     P::Laminectomy,
     false,
     "Laminectomy, facetectomy and foraminotomy, single vertebral segment; lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "63048"_L1,
     {C::Decompression},
     P::Laminectomy,
     false,
     "Laminectomy, facetectomy and foraminotomy, each additional vertebral segment"_L1,
     {}},
    // Fusion
    {FhirSystem::cpt,
     "22558"_L1,
     {C::Fusion, C::Interbody},
     P::Fusion,
     false,
     "Arthrodesis, anterior interbody technique, including minimal discectomy; lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "22585"_L1,
     {C::Fusion, C::Interbody},
     P::Fusion,
     false,
     "Arthrodesis, anterior interbody technique, each additional interspace"_L1,
     {}},
    {FhirSystem::cpt,
     "22612"_L1,
     {C::Fusion},
     P::Fusion,
     false,
     "Arthrodesis, posterior or posterolateral technique, single interspace; lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "22614"_L1,
     {C::Fusion},
     P::Fusion,
     false,
     "Arthrodesis, posterior or posterolateral technique, each additional interspace"_L1,
     {}},
    {FhirSystem::cpt,
     "22630"_L1,
     {C::Fusion, C::Interbody},
     P::Fusion,
     false,
     "Arthrodesis, posterior interbody technique, single interspace; lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "22632"_L1,
     {C::Fusion, C::Interbody},
     P::Fusion,
     false,
     "Arthrodesis, posterior interbody technique, each additional interspace"_L1,
     {}},
    {FhirSystem::cpt,
     "22633"_L1,
     {C::Fusion, C::Interbody},
     P::Fusion,
     false,
     "Arthrodesis, combined posterior or posterolateral and posterior interbody technique, single interspace; "
     "lumbar"_L1,
     {}},
    {FhirSystem::cpt,
     "22634"_L1,
     {C::Fusion, C::Interbody},
     P::Fusion,
     false,
     "Arthrodesis, combined posterior or posterolateral and posterior interbody technique, each additional "
     "interspace"_L1,
     {}},
    // Instrumentation
    {FhirSystem::cpt, "22840"_L1, {C::Instrumentation}, {}, true, "Posterior non-segmental instrumentation"_L1, {}},
    {FhirSystem::cpt,
     "22841"_L1,
     {C::Instrumentation},
     {},
     true,
     "Internal spinal fixation by wiring of spinous processes"_L1,
     {}},
    {FhirSystem::cpt,
     "22842"_L1,
     {C::Instrumentation},
     {},
     true,
     "Posterior segmental instrumentation, 3 to 6 vertebral segments"_L1,
     {}},
    {FhirSystem::cpt,
     "22843"_L1,
     {C::Instrumentation},
     {},
     true,
     "Posterior segmental instrumentation, 7 to 12 vertebral segments"_L1,
     {}},
    {FhirSystem::cpt,
     "22844"_L1,
     {C::Instrumentation},
     {},
     true,
     "Posterior segmental instrumentation, 13 or more vertebral segments"_L1,
     {}},
    {FhirSystem::cpt,
     "22845"_L1,
     {C::Instrumentation},
     {},
     true,
     "Anterior instrumentation, 2 to 3 vertebral segments"_L1,
     {}},
    {FhirSystem::cpt,
     "22846"_L1,
     {C::Instrumentation},
     {},
     true,
     "Anterior instrumentation, 4 to 7 vertebral segments"_L1,
     {}},
    {FhirSystem::cpt,
     "22847"_L1,
     {C::Instrumentation},
     {},
     true,
     "Anterior instrumentation, 8 or more vertebral segments"_L1,
     {}},
    // Interbody devices
    {FhirSystem::cpt,
     "22853"_L1,
     {C::Interbody},
     {},
     false,
     "Insertion of interbody biomechanical device(s) with integral anterior instrumentation, each interspace"_L1,
     {}},
    {FhirSystem::cpt,
     "22859"_L1,
     {C::Interbody},
     {},
     false,
     "Insertion of intervertebral biomechanical device(s) with interbody arthrodesis, each contiguous defect"_L1,
     {}},
    // Graft
    {FhirSystem::cpt,
     "20930"_L1,
     {},
     {},
     false,
     "Allograft, morselized, or placement of osteopromotive material, for spine surgery only"_L1,
     //: why CPT 20930 names no component by itself, in "20930 names no component by itself: it …"
     QLatin1StringView(QT_TRANSLATE_NOOP(
         "FhirCodes", "covers morselized allograft and osteopromotive material alike (rhBMP-2, demineralised bone "
                      "matrix)"))},
    {FhirSystem::cpt, "20931"_L1, {C::Allograft}, {}, false, "Allograft, structural, for spine surgery only"_L1, {}},
    {FhirSystem::cpt,
     "20936"_L1,
     {C::Autograft},
     {},
     false,
     "Autograft for spine surgery only; local, obtained from same incision"_L1,
     {}},
    {FhirSystem::cpt,
     "20937"_L1,
     {C::Autograft},
     {},
     false,
     "Autograft for spine surgery only; morselized, through separate incision"_L1,
     {}},
    {FhirSystem::cpt,
     "20938"_L1,
     {C::Autograft},
     {},
     false,
     "Autograft for spine surgery only; structural, through separate incision"_L1,
     {}},
    {FhirSystem::cpt,
     "20939"_L1,
     {C::BoneMarrowAspirate},
     {},
     false,
     "Bone marrow aspiration for bone grafting, spine surgery only, through separate incision"_L1,
     {}},
    {FhirSystem::cpt, "38220"_L1, {C::BoneMarrowAspirate}, {}, false, "Diagnostic bone marrow; aspiration(s)"_L1, {}},
    // Bone growth stimulation
    {FhirSystem::cpt,
     "20974"_L1,
     {C::BoneGrowthStimulator},
     {},
     false,
     "Electrical stimulation to aid bone healing; noninvasive"_L1,
     {}},
    {FhirSystem::cpt,
     "20975"_L1,
     {C::BoneGrowthStimulator},
     {},
     false,
     "Electrical stimulation to aid bone healing; invasive (operative)"_L1,
     {}},
    {FhirSystem::cpt,
     "20979"_L1,
     {C::BoneGrowthStimulator},
     {},
     false,
     "Low intensity ultrasound stimulation to aid bone healing, noninvasive"_L1,
     {}},
    // SNOMED CT
    {FhirSystem::snomed, "55705006"_L1, {C::Fusion}, P::Fusion, false, "Spinal fusion"_L1, {}},
    {FhirSystem::snomed, "387731002"_L1, {C::Decompression}, P::Laminectomy, false, "Laminectomy"_L1, {}},
    {FhirSystem::snomed,
     "178625001"_L1,
     {C::Decompression},
     P::Discectomy,
     false,
     "Primary lumbar microdiscectomy"_L1,
     {}},
};

// CPT codes of lumbar spine imaging (radiology section, AMA descriptors). Bending views are the flexion and
// extension films the instability criteria ask for; myelography is left out: whether a CT followed is not
// in its code.
struct ImagingCode
{
    QLatin1StringView cpt;
    Modality modality;
};
constexpr ImagingCode kImagingCodes[] = {
    {"72148"_L1, Modality::Mri},                  // MRI lumbar spine; without contrast
    {"72149"_L1, Modality::Mri},                  // MRI lumbar spine; with contrast
    {"72158"_L1, Modality::Mri},                  // MRI lumbar spine; without contrast, followed by contrast
    {"72131"_L1, Modality::Ct},                   // CT lumbar spine; without contrast
    {"72132"_L1, Modality::Ct},                   // CT lumbar spine; with contrast
    {"72133"_L1, Modality::Ct},                   // CT lumbar spine; without contrast, followed by contrast
    {"72100"_L1, Modality::Xray},                 // X-ray lumbosacral spine; 2 or 3 views
    {"72110"_L1, Modality::Xray},                 // X-ray lumbosacral spine; minimum of 4 views
    {"72114"_L1, Modality::FlexionExtensionXray}, // X-ray lumbosacral spine; complete, including bending views
    {"72120"_L1, Modality::FlexionExtensionXray}, // X-ray lumbosacral spine; bending views only, 2 or 3 views
};

// ICD-10-CM codes (CMS/CDC ICD-10-CM tabular list) that state a field of the case by themselves. A prefix
// stands for every code below it.
struct Icd10FactCode
{
    QLatin1StringView prefix;
    Icd10Fact fact;
};
constexpr Icd10FactCode kIcd10Facts[] = {
    {"E08"_L1, Icd10Fact::Diabetes},                   // diabetes mellitus due to underlying condition
    {"E09"_L1, Icd10Fact::Diabetes},                   // drug or chemical induced diabetes mellitus
    {"E10"_L1, Icd10Fact::Diabetes},                   // type 1 diabetes mellitus
    {"E11"_L1, Icd10Fact::Diabetes},                   // type 2 diabetes mellitus
    {"E13"_L1, Icd10Fact::Diabetes},                   // other specified diabetes mellitus
    {"M48.062"_L1, Icd10Fact::NeurogenicClaudication}, // spinal stenosis, lumbar region with neurogenic claudication
    {"M80"_L1, Icd10Fact::Osteoporosis},               // osteoporosis with current pathological fracture
    {"M81"_L1, Icd10Fact::Osteoporosis},               // osteoporosis without current pathological fracture
    {"G83.4"_L1, Icd10Fact::CaudaEquina},              // cauda equina syndrome
    {"Z79.52"_L1, Icd10Fact::ChronicSteroids},         // long term (current) use of systemic steroids
    {"M96.0"_L1, Icd10Fact::Pseudarthrosis},           // pseudarthrosis after fusion or arthrodesis
};

// ICD-10-CM codes whose meaning the case records in a form the code cannot fill: the report says where.
struct Icd10NoteCode
{
    QLatin1StringView prefix;
    const char* note; // translated where shown
};
constexpr Icd10NoteCode kIcd10Notes[] = {
    //: symptoms.neurogenicClaudication is a field of the case file: keep it as is
    {"M48.061"_L1, QT_TRANSLATE_NOOP("FhirCodes", "\"without neurogenic claudication\" is what is coded when "
                                                  "claudication is not documented; symptoms.neurogenicClaudication "
                                                  "is left undocumented")},
    //: Imaging is the desk's section of that name
    {"M48.06"_L1,
     QT_TRANSLATE_NOOP("FhirCodes", "stenosis is recorded per level and grade in Imaging; the code gives neither")},
    //: Imaging is the desk's section of that name
    {"M43.1"_L1,
     QT_TRANSLATE_NOOP("FhirCodes",
                       "spondylolisthesis is recorded per level in Imaging; the code gives no level or grade")},
    {"M54.1"_L1,
     QT_TRANSLATE_NOOP("FhirCodes",
                       "radiculopathy: the code gives no side or root; enter leg pain, exam and EMG by hand")},
    {"M51.1"_L1,
     QT_TRANSLATE_NOOP("FhirCodes",
                       "radiculopathy: the code gives no side or root; enter leg pain, exam and EMG by hand")},
};

// LOINC (loinc.org). DXA T-scores: lumbar spine, femur, hip and spine; the case keeps the lowest.
const QList<LoincCode> kLoincCodes = {
    {"39156-5"_L1, ObservationKind::Bmi, "Body mass index (BMI) [Ratio]"_L1},
    {"72166-2"_L1, ObservationKind::SmokingStatus, "Tobacco smoking status"_L1},
    {"72514-3"_L1, ObservationKind::PainScore, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"_L1},
    {"97909-6"_L1, ObservationKind::Odi, "Oswestry disability index score ODI"_L1},
    {"38267-1"_L1, ObservationKind::DexaTScore, "DXA Lumbar spine [T-score] Bone density"_L1},
    {"38263-0"_L1, ObservationKind::DexaTScore, "DXA Femur [T-score] Bone density"_L1},
    {"38264-8"_L1, ObservationKind::DexaTScore, "DXA Hip [T-score] Bone density"_L1},
    {"104938-6"_L1, ObservationKind::DexaTScore, "DXA Spine [T-score] Bone density"_L1},
    {"4548-4"_L1, ObservationKind::Hba1c, "Hemoglobin A1c/Hemoglobin.total in Blood"_L1},
    {"10366-3"_L1, ObservationKind::Cotinine, "Cotinine [Mass/volume] in Urine"_L1},
    {"12293-7"_L1, ObservationKind::Cotinine, "Cotinine [Presence] in Urine (screen)"_L1},
};

// SNOMED CT answers of LOINC 72166-2, the value set of US Core's smoking status (ONC). "Smoker" (77176002) is
// labelled "current status unknown" there: every day or some days is unknown, not whether the patient smokes.
struct SmokingAnswer
{
    QLatin1StringView code;
    std::optional<Nicotine> nicotine;
};
const SmokingAnswer kSmokingAnswers[] = {
    {"266919005"_L1, Nicotine::Never},         // never smoked tobacco
    {"8517006"_L1, Nicotine::Former},          // ex-smoker
    {"77176002"_L1, Nicotine::Current},        // smoker
    {"449868002"_L1, Nicotine::Current},       // current every day smoker
    {"428041000124106"_L1, Nicotine::Current}, // current some day smoker
    {"428071000124103"_L1, Nicotine::Current}, // current heavy tobacco smoker
    {"428061000124105"_L1, Nicotine::Current}, // current light tobacco smoker
    {"266927001"_L1, std::nullopt},            // tobacco smoking consumption unknown
};

// Conservative-therapy kinds by ingredient name (generic names as RxNorm spells them in its displays, with
// the international "paracetamol"). Aspirin is left out: at the doses seen in records it is cardioprotective.
// Steroids are oral only when the text says so.
struct DrugClass
{
    QLatin1StringView ingredient;
    TherapyType type;
};
constexpr DrugClass kDrugClasses[] = {
    {"ibuprofen"_L1, TherapyType::Nsaid},
    {"naproxen"_L1, TherapyType::Nsaid},
    {"meloxicam"_L1, TherapyType::Nsaid},
    {"diclofenac"_L1, TherapyType::Nsaid},
    {"celecoxib"_L1, TherapyType::Nsaid},
    {"etodolac"_L1, TherapyType::Nsaid},
    {"nabumetone"_L1, TherapyType::Nsaid},
    {"ketorolac"_L1, TherapyType::Nsaid},
    {"indomethacin"_L1, TherapyType::Nsaid},
    {"piroxicam"_L1, TherapyType::Nsaid},
    {"oxaprozin"_L1, TherapyType::Nsaid},
    {"sulindac"_L1, TherapyType::Nsaid},
    {"ketoprofen"_L1, TherapyType::Nsaid},
    {"flurbiprofen"_L1, TherapyType::Nsaid},
    {"diflunisal"_L1, TherapyType::Nsaid},
    {"gabapentin"_L1, TherapyType::Gabapentinoid},
    {"pregabalin"_L1, TherapyType::Gabapentinoid},
    {"acetaminophen"_L1, TherapyType::Acetaminophen},
    {"paracetamol"_L1, TherapyType::Acetaminophen},
    {"cyclobenzaprine"_L1, TherapyType::MuscleRelaxant},
    {"methocarbamol"_L1, TherapyType::MuscleRelaxant},
    {"tizanidine"_L1, TherapyType::MuscleRelaxant},
    {"baclofen"_L1, TherapyType::MuscleRelaxant},
    {"metaxalone"_L1, TherapyType::MuscleRelaxant},
    {"carisoprodol"_L1, TherapyType::MuscleRelaxant},
    {"tramadol"_L1, TherapyType::Opioid},
    {"tapentadol"_L1, TherapyType::Opioid},
    {"oxycodone"_L1, TherapyType::Opioid},
    {"hydrocodone"_L1, TherapyType::Opioid},
    {"morphine"_L1, TherapyType::Opioid},
    {"hydromorphone"_L1, TherapyType::Opioid},
    {"codeine"_L1, TherapyType::Opioid},
    {"oxymorphone"_L1, TherapyType::Opioid},
    {"prednisone"_L1, TherapyType::OralSteroid},
    {"methylprednisolone"_L1, TherapyType::OralSteroid},
    {"prednisolone"_L1, TherapyType::OralSteroid},
    {"dexamethasone"_L1, TherapyType::OralSteroid},
};

bool containsWord(const QString& text, QLatin1StringView word)
{
    const QRegularExpression pattern(u"\\b"_s + QString(word) + u"\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

} // namespace

const QList<SurgicalCode>& surgicalCodes()
{
    return kSurgicalCodes;
}

const SurgicalCode* surgicalCode(QStringView system, QStringView code)
{
    for (const SurgicalCode& entry : kSurgicalCodes) {
        if (entry.system == system && entry.code == code)
            return &entry;
    }
    return nullptr;
}

std::optional<Modality> imagingModality(QStringView cpt)
{
    for (const ImagingCode& entry : kImagingCodes) {
        if (entry.cpt == cpt)
            return entry.modality;
    }
    return std::nullopt;
}

bool namesLumbarSpine(const QString& text)
{
    static const QRegularExpression lumbar(u"\\b(lumbar|lumbosacral|l-spine|ls spine)\\b"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return lumbar.match(text).hasMatch();
}

std::optional<Modality> imagingModalityForDicom(QStringView code)
{
    // DICOM PS3.16 CID 29 acquisition modalities: magnetic resonance, computed tomography, computed and digital
    // radiography.
    if (code == u"MR")
        return Modality::Mri;
    if (code == u"CT")
        return Modality::Ct;
    if (code == u"CR" || code == u"DX")
        return Modality::Xray;
    return std::nullopt;
}

std::optional<Modality> imagingModalityInText(const QString& text)
{
    if (!namesLumbarSpine(text))
        return std::nullopt;
    // Most specific first: a CT myelogram is also a CT, flexion-extension films are also X-rays.
    static const QList<std::pair<QRegularExpression, Modality>> modalities = {
        {QRegularExpression(u"\\bmyelogra"_s, QRegularExpression::CaseInsensitiveOption), Modality::CtMyelogram},
        {QRegularExpression(u"\\b(flexion|extension|bending|dynamic)\\b"_s, QRegularExpression::CaseInsensitiveOption),
         Modality::FlexionExtensionXray},
        {QRegularExpression(u"\\b(mri?|magnetic resonance)\\b"_s, QRegularExpression::CaseInsensitiveOption),
         Modality::Mri},
        {QRegularExpression(u"\\b(ct|computed tomography)\\b"_s, QRegularExpression::CaseInsensitiveOption),
         Modality::Ct},
        {QRegularExpression(u"\\b(x-?ray|xr|radiograph\\w*)\\b"_s, QRegularExpression::CaseInsensitiveOption),
         Modality::Xray},
    };
    for (const auto& [pattern, modality] : modalities) {
        if (pattern.match(text).hasMatch())
            return modality;
    }
    return std::nullopt;
}

QString normalisedIcd10(QStringView code)
{
    // A letter, two characters, then up to four after an optional dot (ICD-10-CM's code structure).
    static const QRegularExpression shape(u"^([A-Z][0-9][0-9A-Z])\\.?([0-9A-Z]{1,4})?$"_s);
    const auto match = shape.match(code.trimmed().toString().toUpper());
    if (!match.hasMatch())
        return {};
    return match.capturedLength(2) > 0 ? match.captured(1) + u'.' + match.captured(2) : match.captured(1);
}

std::optional<Icd10Fact> icd10Fact(QStringView code)
{
    for (const Icd10FactCode& entry : kIcd10Facts) {
        if (code.startsWith(entry.prefix))
            return entry.fact;
    }
    return std::nullopt;
}

QString icd10Note(QStringView code)
{
    for (const Icd10NoteCode& entry : kIcd10Notes) {
        if (code.startsWith(entry.prefix))
            return QCoreApplication::translate("FhirCodes", entry.note);
    }
    return {};
}

const QList<LoincCode>& loincCodes()
{
    return kLoincCodes;
}

std::optional<ObservationKind> observationKind(QStringView loinc)
{
    for (const LoincCode& entry : kLoincCodes) {
        if (entry.code == loinc)
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<Nicotine> nicotineForSmokingStatus(QStringView snomed, bool* known)
{
    for (const SmokingAnswer& answer : kSmokingAnswers) {
        if (answer.code == snomed) {
            if (known)
                *known = true;
            return answer.nicotine;
        }
    }
    if (known)
        *known = false;
    return std::nullopt;
}

std::optional<TestResult> testResultForSnomed(QStringView snomed)
{
    if (snomed == "10828004"_L1) // |Positive|
        return TestResult::Positive;
    if (snomed == "260385009"_L1) // |Negative|
        return TestResult::Negative;
    return std::nullopt;
}

QList<TherapyType> therapyTypesForMedication(const QString& text)
{
    QList<TherapyType> out;
    for (const DrugClass& entry : kDrugClasses) {
        if (out.contains(entry.type) || !containsWord(text, entry.ingredient))
            continue;
        if (entry.type == TherapyType::OralSteroid && !containsWord(text, "oral"_L1))
            continue;
        out.append(entry.type);
    }
    return out;
}

} // namespace spinereview::FhirCodes

namespace spinereview {

QString SurgicalCode::ambiguityText() const
{
    // The table's texts are literals, so data() ends in a NUL.
    return ambiguity.isEmpty() ? QString() : QCoreApplication::translate("FhirCodes", ambiguity.data());
}

} // namespace spinereview
