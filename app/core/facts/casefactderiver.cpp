// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/casefactderiver.h"

#include "core/facts/conservativecare.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factfields.h"
#include "core/facts/surgeryatlevel.h"
#include "core/json/validationissue.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

void set(std::vector<FactValue>& out, FactId id, FactValue value)
{
    out[static_cast<std::size_t>(id)] = std::move(value);
}

// The weakest MRC grade recorded in the given roots: 5 when the exam records no deficit there, unknown
// (assumable: an exam that finds a deficit records it) when motorDeficit is not documented.
FactValue weakestGrade(const std::optional<QList<MotorDeficit>>& deficits, std::initializer_list<Root> roots,
                       const QString& rootsText)
{
    const QString base = u"exam.motorDeficit"_s;
    if (!deficits)
        return FactValue::unknownAssumable(u"a motor examination of roots "_s + rootsText, {base});
    std::optional<int> weakest;
    QStringList paths;
    bool ungraded = false;
    for (qsizetype i = 0; i < deficits->size(); ++i) {
        const MotorDeficit& deficit = deficits->at(i);
        // A deficit whose root is not documented might be in these roots: its grade leaves the answer open.
        if (!deficit.root) {
            paths.append(jsonPathIndex(base, i));
            ungraded = true;
            continue;
        }
        if (std::find(roots.begin(), roots.end(), *deficit.root) == roots.end())
            continue;
        paths.append(jsonPathIndex(base, i));
        if (!deficit.grade)
            ungraded = true;
        else
            weakest = std::min(weakest.value_or(5), *deficit.grade);
    }
    const QString record = u"the root and MRC grade of each motor deficit (roots "_s + rootsText + u")"_s;
    if (ungraded && !weakest)
        return FactValue::unknown(record, paths);
    FactValue value = FactValue::ofNumber(weakest.value_or(5), paths.isEmpty() ? QStringList{base} : paths);
    if (ungraded)
        value.note = u"another deficit's root or grade is not documented; it may be weaker"_s;
    return value;
}

} // namespace

CaseFactDeriver::CaseFactDeriver(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters,
                                 const ImagingIndex& imaging)
    : m_case(spineCase)
    , m_reviewDate(reviewDate)
    , m_parameters(parameters)
    , m_imaging(imaging)
{}

std::vector<FactValue> CaseFactDeriver::derive() const
{
    std::vector<FactValue> out(static_cast<std::size_t>(FactCatalog::count()));
    deriveSymptoms(out);
    deriveExam(out);
    deriveImaging(out);
    derivePatient(out);
    deriveRequest(out);

    const auto care = ConservativeCareFacts::derive(m_case, m_reviewDate, m_parameters.activeTherapyRecencyMonths);
    set(out, FactId::CareWeeks, care.weeks);
    set(out, FactId::CareActiveTherapy, care.activeTherapy);
    set(out, FactId::CareOtherModality, care.otherModality);
    set(out, FactId::CareFailure, care.failure);
    return out;
}

void CaseFactDeriver::deriveSymptoms(std::vector<FactValue>& out) const
{
    // Reading through an empty object (rather than `symptoms ? … : nullopt`) keeps every field an lvalue.
    static const Symptoms none;
    const Symptoms& s = m_case.symptoms ? *m_case.symptoms : none;
    const QString symptomsRecord = u"the symptom history (neurogenic claudication, radicular leg pain)"_s;
    const std::optional<bool>& claudication = s.neurogenicClaudication;
    const std::optional<LegPain>& legPain = s.legPain;
    const QStringList symptomPaths = {u"symptoms.neurogenicClaudication"_s, u"symptoms.legPain"_s};
    if (claudication.value_or(false) || legPain.value_or(LegPain::None) != LegPain::None)
        set(out, FactId::SymptomsPresent, FactValue::ofBool(true, symptomPaths));
    else if (claudication && legPain)
        set(out, FactId::SymptomsPresent, FactValue::ofBool(false, symptomPaths));
    else
        set(out, FactId::SymptomsPresent, FactValue::unknown(symptomsRecord, symptomPaths));

    set(out, FactId::NeurogenicClaudication,
        FactFields::boolean(claudication, u"symptoms.neurogenicClaudication"_s, symptomsRecord));
    set(out, FactId::BackPainPredominant,
        FactFields::boolean(s.backPainPredominant, u"symptoms.backPainPredominant"_s,
                            u"whether back pain or leg pain predominates"_s));
    set(out, FactId::FunctionalImpairment,
        FactFields::boolean(s.functionalImpairment, u"symptoms.functionalImpairment"_s,
                            u"documentation of how the symptoms limit daily activities or work"_s));
    set(out, FactId::PainScore,
        FactFields::number(s.painScore, u"symptoms.painScore"_s, u"a pain score (NRS or VAS)"_s));
    set(out, FactId::Odi, FactFields::number(s.odi, u"symptoms.odi"_s, u"an Oswestry Disability Index score"_s));
    set(out, FactId::SymptomDurationWeeks,
        FactFields::number(s.durationWeeks ? std::optional<double>(*s.durationWeeks) : std::optional<double>(),
                           u"symptoms.durationWeeks"_s, u"the duration of the current symptoms"_s));
}

void CaseFactDeriver::deriveExam(std::vector<FactValue>& out) const
{
    static const Exam none;
    const Exam& e = m_case.exam ? *m_case.exam : none;
    // Red flags are assumed absent when undocumented: an examination that found one records it.
    const auto flag = [&](std::optional<bool> Exam::*member, const QString& field, const QString& what) {
        const QString path = u"exam."_s + field;
        const std::optional<bool>& value = e.*member;
        return value ? FactValue::ofBool(*value, {path})
                     : FactValue::unknownAssumable(u"the examination's findings on "_s + what, {path});
    };
    set(out, FactId::CaudaEquina, flag(&Exam::caudaEquina, u"caudaEquina"_s, u"cauda equina syndrome"_s));
    set(out, FactId::ProgressiveDeficit,
        flag(&Exam::progressiveDeficit, u"progressiveDeficit"_s, u"a progressive neurological deficit"_s));
    set(out, FactId::Infection, flag(&Exam::infection, u"infection"_s, u"infection"_s));
    set(out, FactId::Tumor, flag(&Exam::tumor, u"tumor"_s, u"tumour"_s));
    set(out, FactId::Fracture, flag(&Exam::fracture, u"fracture"_s, u"fracture"_s));
    const std::optional<QList<MotorDeficit>>& deficits = e.motorDeficit;
    set(out, FactId::WeakestMotorGradeL5S1, weakestGrade(deficits, {Root::L5, Root::S1}, u"L5 and S1"_s));
    set(out, FactId::WeakestMotorGradeL3L4, weakestGrade(deficits, {Root::L3, Root::L4}, u"L3 and L4"_s));

    if (!m_case.emg) {
        set(out, FactId::EmgRadiculopathy, FactValue::unknown(u"electrodiagnostic studies (EMG/NCS)"_s, {u"emg"_s}));
        return;
    }
    bool found = false;
    bool undocumented = false;
    QStringList paths;
    for (qsizetype i = 0; i < m_case.emg->size(); ++i) {
        const EmgStudy& study = m_case.emg->at(i);
        if (study.date > m_reviewDate)
            continue;
        const QString path = jsonPathMember(jsonPathIndex(u"emg"_s, i), u"findings"_s);
        paths.append(path);
        if (!study.findings)
            undocumented = true; // a study whose findings are not documented does not say "normal"
        else
            found = found || !study.findings->isEmpty();
    }
    const QStringList pathsOrBase = paths.isEmpty() ? QStringList{u"emg"_s} : paths;
    set(out, FactId::EmgRadiculopathy,
        !found && undocumented ? FactValue::unknown(u"electrodiagnostic studies (EMG/NCS)"_s, pathsOrBase)
                               : FactValue::ofBool(found, pathsOrBase));
}

void CaseFactDeriver::deriveImaging(std::vector<FactValue>& out) const
{
    // Deformity measures are assumed absent when no study reports them.
    const auto measure = [&](std::optional<double> ImagingStudy::*member, const QString& field) {
        const auto found = m_imaging.findCaseMeasure([member](const ImagingStudy& s) { return s.*member; });
        if (!found)
            return FactValue::unknownAssumable(u"standing alignment films reporting "_s + field, {u"imaging"_s});
        return FactValue::ofNumber(found->value,
                                   {jsonPathMember(jsonPathIndex(u"imaging"_s, found->studyIndex), field)});
    };
    set(out, FactId::CoronalCobbDeg, measure(&ImagingStudy::coronalCobbDeg, u"coronalCobbDeg"_s));
    set(out, FactId::SagittalVerticalAxisCm,
        measure(&ImagingStudy::sagittalVerticalAxisCm, u"sagittalVerticalAxisCm"_s));
    set(out, FactId::PiMinusLlDeg,
        measure(&ImagingStudy::pelvicIncidenceMinusLordosisDeg, u"pelvicIncidenceMinusLordosisDeg"_s));

    int parsLevels = 0;
    QStringList parsPaths;
    for (std::size_t i = 0; i < enumCount<Level>(); ++i) {
        const auto level = static_cast<Level>(i);
        // As at each level: at an operated level only studies after the last operation count.
        const SurgeryAtLevel surgery = SurgeryAtLevel::of(m_case, level);
        if (!surgery.datesKnown())
            continue;
        const auto found = m_imaging.find<bool>(
            level, [](const LevelFindings& f) { return f.parsDefect; }, false, surgery.findingsAfter());
        if (found && found->value) {
            ++parsLevels;
            parsPaths.append(ImagingIndex::levelPath(found->studyIndex, level, u"parsDefect"_s));
        }
    }
    set(out, FactId::ParsDefectLevelCount,
        FactValue::ofNumber(parsLevels, parsPaths.isEmpty() ? QStringList{u"imaging"_s} : parsPaths));
}

void CaseFactDeriver::derivePatient(std::vector<FactValue>& out) const
{
    const Patient empty;
    const Patient& p = m_case.patient ? *m_case.patient : empty;
    const QDate surgeryDate = m_case.request.plannedSurgeryDate.value_or(m_reviewDate);
    set(out, FactId::Nicotine,
        FactFields::enumeration(p.nicotine, u"patient.nicotine"_s,
                                u"the patient's nicotine use (never, former, current)"_s));
    set(out, FactId::NicotineQuitDaysBeforeSurgery,
        p.nicotineQuitDate ? FactValue::ofNumber(static_cast<double>(p.nicotineQuitDate->daysTo(surgeryDate)),
                                                 {u"patient.nicotineQuitDate"_s})
                           : FactValue::unknown(u"the date nicotine use stopped"_s, {u"patient.nicotineQuitDate"_s}));
    const QString cotinineRecord = u"a cotinine test in the weeks before surgery"_s;
    static const CotinineTest noTest;
    const auto& test = p.cotinineTest;
    const CotinineTest& tested = test ? *test : noTest;
    set(out, FactId::CotinineDaysBeforeSurgery,
        test && test->date ? FactValue::ofNumber(static_cast<double>(test->date->daysTo(surgeryDate)),
                                                 {u"patient.cotinineTest.date"_s})
                           : FactValue::unknown(cotinineRecord, {u"patient.cotinineTest.date"_s}));
    set(out, FactId::CotinineNgPerMl,
        FactFields::number(tested.ngPerMl, u"patient.cotinineTest.ngPerMl"_s, cotinineRecord));
    set(out, FactId::CotinineHasNumber,
        test ? FactValue::ofBool(test->ngPerMl.has_value(), {u"patient.cotinineTest.ngPerMl"_s})
             : FactValue::unknown(cotinineRecord, {u"patient.cotinineTest"_s}));
    set(out, FactId::CotinineResult,
        FactFields::enumeration(tested.result, u"patient.cotinineTest.result"_s, cotinineRecord));
    set(out, FactId::Diabetes,
        FactFields::boolean(p.diabetes, u"patient.diabetes"_s, u"whether the patient has diabetes"_s));
    set(out, FactId::Hba1c, FactFields::number(p.hba1c, u"patient.hba1c"_s, u"a recent HbA1c"_s));
    set(out, FactId::Bmi, FactFields::number(p.bmi, u"patient.bmi"_s, u"the patient's BMI"_s));
    set(out, FactId::DexaTScore,
        FactFields::number(p.dexaTScore, u"patient.dexaTScore"_s, u"a bone density study (DEXA T-score)"_s));
    auto hu =
        FactFields::number(p.ctHounsfieldUnits, u"patient.ctHounsfieldUnits"_s, u"vertebral Hounsfield units on CT"_s);
    hu.assumable = true;
    set(out, FactId::CtHounsfieldUnits, hu);
    auto osteoporosis =
        FactFields::boolean(p.osteoporosis, u"patient.osteoporosis"_s, u"whether osteoporosis is diagnosed"_s);
    osteoporosis.assumable = true;
    set(out, FactId::Osteoporosis, osteoporosis);
    set(out, FactId::ChronicSteroids,
        FactFields::boolean(p.chronicSteroids, u"patient.chronicSteroids"_s, u"chronic steroid use"_s));
    set(out, FactId::RenalDisease,
        FactFields::boolean(p.renalDisease, u"patient.renalDisease"_s, u"whether the patient has renal disease"_s));
    set(out, FactId::AlcoholUseDisorder,
        FactFields::boolean(p.alcoholUseDisorder, u"patient.alcoholUseDisorder"_s, u"alcohol use history"_s));
    auto pregnant = FactFields::boolean(p.pregnant, u"patient.pregnant"_s, u"pregnancy status"_s);
    pregnant.assumable = true;
    set(out, FactId::Pregnant, pregnant);

    if (p.ageYears) {
        set(out, FactId::AgeYears, FactValue::ofNumber(*p.ageYears, {u"patient.ageYears"_s}));
    } else if (p.birthDate) {
        int age = m_reviewDate.year() - p.birthDate->year();
        if (m_reviewDate.month() < p.birthDate->month() ||
            (m_reviewDate.month() == p.birthDate->month() && m_reviewDate.day() < p.birthDate->day()))
            --age;
        set(out, FactId::AgeYears, FactValue::ofNumber(age, {u"patient.birthDate"_s}));
    } else {
        set(out, FactId::AgeYears, FactValue::unknown(u"the patient's age"_s, {u"patient.ageYears"_s}));
    }
}

void CaseFactDeriver::deriveRequest(std::vector<FactValue>& out) const
{
    const Request& r = m_case.request;
    const bool fusion = r.components.contains(Component::Fusion);
    set(out, FactId::FusionLevelCount,
        FactValue::ofNumber(fusion ? static_cast<double>(m_case.levelsOf(Component::Fusion).size()) : 0.0,
                            {r.componentLevels && r.componentLevels->contains(Component::Fusion)
                                 ? u"request.componentLevels.fusion"_s
                                 : u"request.levels"_s}));
    set(out, FactId::InterbodyTechnique,
        FactFields::enumeration(r.interbodyTechnique, u"request.interbodyTechnique"_s, u"the interbody technique"_s));
    set(out, FactId::Approach, FactFields::enumeration(r.approach, u"request.approach"_s, u"the surgical approach"_s));
    set(out, FactId::PosterolateralFusion,
        FactFields::boolean(r.posterolateralFusion, u"request.posterolateralFusion"_s,
                            u"whether the fusion includes a posterolateral graft bed"_s));
    set(out, FactId::AutograftSource,
        FactFields::enumeration(r.autograftSource, u"request.autograftSource"_s, u"the autograft source"_s));
    auto insufficient = FactFields::boolean(r.autograftInsufficient, u"request.autograftInsufficient"_s,
                                            u"whether autograft is unavailable or insufficient"_s);
    insufficient.assumable = true;
    set(out, FactId::AutograftInsufficient, insufficient);
    set(out, FactId::BmaHybridWithIliacCrest,
        FactFields::boolean(r.bmaHybridWithIliacCrest, u"request.bmaHybridWithIliacCrest"_s,
                            u"whether the aspirate is mixed with iliac-crest autograft"_s));
    auto contraindication =
        FactFields::boolean(r.bmpContraindication, u"request.bmpContraindication"_s, u"contraindications to rhBMP-2"_s);
    contraindication.assumable = true;
    set(out, FactId::BmpContraindication, contraindication);
    set(out, FactId::Setting, FactFields::enumeration(r.setting, u"request.setting"_s, u"the requested setting"_s));
    set(out, FactId::ExpectedMidnights,
        FactFields::number(r.expectedMidnights ? std::optional<double>(*r.expectedMidnights) : std::nullopt,
                           u"request.expectedMidnights"_s, u"the surgeon's expected stay"_s));
    set(out, FactId::CriteriaInEffect,
        m_parameters.effectiveDate.isValid()
            ? FactValue::ofBool(m_reviewDate >= m_parameters.effectiveDate, {u"reviewDate"_s})
            : FactValue::unknown(u"the criteria set's effective date"_s, {u"reviewDate"_s}));
    set(out, FactId::InpatientRiskFactorCount,
        r.inpatientRiskFactors ? FactValue::ofNumber(static_cast<double>(r.inpatientRiskFactors->size()),
                                                     {u"request.inpatientRiskFactors"_s})
                               : FactValue::unknownAssumable(u"documented reasons for an inpatient stay"_s,
                                                             {u"request.inpatientRiskFactors"_s}));
}

} // namespace spinereview
