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

void set(FactSlots& out, FactId id, FactValue&& value)
{
    out.store(id, std::nullopt, std::move(value));
}

// The weakest MRC grade recorded in the given roots: 5 when the exam records no deficit there, unknown
// (assumable: an exam that finds a deficit records it) when motorDeficit is not documented.
FactValue weakestGrade(const std::optional<QList<MotorDeficit>>& deficits, std::initializer_list<Root> roots,
                       const QString& rootsText)
{
    const QString base = u"exam.motorDeficit"_s;
    if (!deficits)
        return FactValue::unknownAssumable(u"a motor examination of roots "_s + rootsText,
                                           fixedPath([] { return u"exam.motorDeficit"_s; }));
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
    FactValue value = FactValue::ofNumber(weakest.value_or(5),
                                          paths.isEmpty() ? fixedPath([] { return u"exam.motorDeficit"_s; }) : paths);
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

void CaseFactDeriver::derive(FactId id, FactSlots& out) const
{
    switch (id) {
    case FactId::SymptomsPresent:
    case FactId::NeurogenicClaudication:
    case FactId::BackPainPredominant:
    case FactId::FunctionalImpairment:
    case FactId::PainScore:
    case FactId::Odi:
    case FactId::SymptomDurationWeeks:
        set(out, id, symptom(id));
        return;
    case FactId::CaudaEquina:
    case FactId::ProgressiveDeficit:
    case FactId::Infection:
    case FactId::Tumor:
    case FactId::Fracture:
    case FactId::WeakestMotorGradeL5S1:
    case FactId::WeakestMotorGradeL3L4:
        set(out, id, exam(id));
        return;
    case FactId::EmgRadiculopathy:
        set(out, id, emgRadiculopathy());
        return;
    case FactId::CareWeeks:
    case FactId::CareActiveTherapy:
    case FactId::CareOtherModality:
    case FactId::CareFailure:
        deriveCare(out);
        return;
    case FactId::CoronalCobbDeg:
    case FactId::SagittalVerticalAxisCm:
    case FactId::PiMinusLlDeg:
    case FactId::ParsDefectLevelCount:
        set(out, id, imaging(id));
        return;
    case FactId::Nicotine:
    case FactId::NicotineQuitDaysBeforeSurgery:
    case FactId::CotinineDaysBeforeSurgery:
    case FactId::CotinineNgPerMl:
    case FactId::CotinineHasNumber:
    case FactId::CotinineResult:
    case FactId::Diabetes:
    case FactId::Hba1c:
    case FactId::Bmi:
    case FactId::DexaTScore:
    case FactId::CtHounsfieldUnits:
    case FactId::Osteoporosis:
    case FactId::ChronicSteroids:
    case FactId::RenalDisease:
    case FactId::AlcoholUseDisorder:
    case FactId::Pregnant:
    case FactId::AgeYears:
        set(out, id, patient(id));
        return;
    case FactId::FusionLevelCount:
    case FactId::InterbodyTechnique:
    case FactId::Approach:
    case FactId::PosterolateralFusion:
    case FactId::AutograftSource:
    case FactId::AutograftInsufficient:
    case FactId::BmaHybridWithIliacCrest:
    case FactId::BmpContraindication:
    case FactId::Setting:
    case FactId::ExpectedMidnights:
    case FactId::InpatientRiskFactorCount:
    case FactId::CriteriaInEffect:
        set(out, id, request(id));
        return;
    default:
        Q_ASSERT_X(false, "CaseFactDeriver::derive", "not a case fact");
        return;
    }
}

FactValue CaseFactDeriver::symptom(FactId id) const
{
    // Reading through an empty object (rather than `symptoms ? … : nullopt`) keeps every field an lvalue.
    static const Symptoms none;
    const Symptoms& s = m_case.symptoms ? *m_case.symptoms : none;
    const QString symptomsRecord = u"the symptom history (neurogenic claudication, radicular leg pain)"_s;
    const std::optional<bool>& claudication = s.neurogenicClaudication;
    switch (id) {
    case FactId::SymptomsPresent: {
        const std::optional<LegPain>& legPain = s.legPain;
        const QStringList symptomPaths =
            fixedPath([] { return u"symptoms.neurogenicClaudication"_s; }, [] { return u"symptoms.legPain"_s; });
        if (claudication.value_or(false) || legPain.value_or(LegPain::None) != LegPain::None)
            return FactValue::ofBool(true, symptomPaths);
        if (claudication && legPain)
            return FactValue::ofBool(false, symptomPaths);
        return FactValue::unknown(symptomsRecord, symptomPaths);
    }
    case FactId::NeurogenicClaudication:
        return FactFields::boolean(
            claudication, [] { return u"symptoms.neurogenicClaudication"_s; }, symptomsRecord);
    case FactId::BackPainPredominant:
        return FactFields::boolean(
            s.backPainPredominant, [] { return u"symptoms.backPainPredominant"_s; },
            u"whether back pain or leg pain predominates"_s);
    case FactId::FunctionalImpairment:
        return FactFields::boolean(
            s.functionalImpairment, [] { return u"symptoms.functionalImpairment"_s; },
            u"documentation of how the symptoms limit daily activities or work"_s);
    case FactId::PainScore:
        return FactFields::number(
            s.painScore, [] { return u"symptoms.painScore"_s; }, u"a pain score (NRS or VAS)"_s);
    case FactId::Odi:
        return FactFields::number(
            s.odi, [] { return u"symptoms.odi"_s; }, u"an Oswestry Disability Index score"_s);
    default:
        return FactFields::number(
            s.durationWeeks ? std::optional<double>(*s.durationWeeks) : std::optional<double>(),
            [] { return u"symptoms.durationWeeks"_s; }, u"the duration of the current symptoms"_s);
    }
}

FactValue CaseFactDeriver::exam(FactId id) const
{
    static const Exam none;
    const Exam& e = m_case.exam ? *m_case.exam : none;
    // Red flags are assumed absent when undocumented: an examination that found one records it.
    const auto flag = [](const std::optional<bool>& value, auto path, const QString& what) {
        return value ? FactValue::ofBool(*value, fixedPath(path))
                     : FactValue::unknownAssumable(u"the examination's findings on "_s + what, fixedPath(path));
    };
    switch (id) {
    case FactId::CaudaEquina:
        return flag(
            e.caudaEquina, [] { return u"exam.caudaEquina"_s; }, u"cauda equina syndrome"_s);
    case FactId::ProgressiveDeficit:
        return flag(
            e.progressiveDeficit, [] { return u"exam.progressiveDeficit"_s; }, u"a progressive neurological deficit"_s);
    case FactId::Infection:
        return flag(
            e.infection, [] { return u"exam.infection"_s; }, u"infection"_s);
    case FactId::Tumor:
        return flag(
            e.tumor, [] { return u"exam.tumor"_s; }, u"tumour"_s);
    case FactId::Fracture:
        return flag(
            e.fracture, [] { return u"exam.fracture"_s; }, u"fracture"_s);
    case FactId::WeakestMotorGradeL5S1:
        return weakestGrade(e.motorDeficit, {Root::L5, Root::S1}, u"L5 and S1"_s);
    default:
        return weakestGrade(e.motorDeficit, {Root::L3, Root::L4}, u"L3 and L4"_s);
    }
}

FactValue CaseFactDeriver::emgRadiculopathy() const
{
    if (!m_case.emg)
        return FactValue::unknown(u"electrodiagnostic studies (EMG/NCS)"_s, fixedPath([] { return u"emg"_s; }));
    bool found = false;
    bool undocumented = false;
    QStringList paths;
    for (qsizetype i = 0; i < m_case.emg->size(); ++i) {
        const EmgStudy& study = m_case.emg->at(i);
        if (study.date > m_reviewDate)
            continue;
        paths.append(jsonPathMember(jsonPathIndex(u"emg"_s, i), u"findings"_s));
        if (!study.findings)
            undocumented = true; // a study whose findings are not documented does not say "normal"
        else
            found = found || !study.findings->isEmpty();
    }
    const QStringList pathsOrBase = paths.isEmpty() ? fixedPath([] { return u"emg"_s; }) : paths;
    return !found && undocumented ? FactValue::unknown(u"electrodiagnostic studies (EMG/NCS)"_s, pathsOrBase)
                                  : FactValue::ofBool(found, pathsOrBase);
}

void CaseFactDeriver::deriveCare(FactSlots& out) const
{
    auto care = ConservativeCareFacts::derive(m_case, m_reviewDate, m_parameters.activeTherapyRecencyMonths);
    set(out, FactId::CareWeeks, std::move(care.weeks));
    set(out, FactId::CareActiveTherapy, std::move(care.activeTherapy));
    set(out, FactId::CareOtherModality, std::move(care.otherModality));
    set(out, FactId::CareFailure, std::move(care.failure));
}

FactValue CaseFactDeriver::imaging(FactId id) const
{
    // Deformity measures are assumed absent when no study reports them.
    const auto measure = [&](std::optional<double> ImagingStudy::*member, const QString& field) {
        const auto found = m_imaging.findCaseMeasure(member);
        if (!found)
            return FactValue::unknownAssumable(u"standing alignment films reporting "_s + field,
                                               fixedPath([] { return u"imaging"_s; }));
        return FactValue::ofNumber(found->value,
                                   {jsonPathMember(jsonPathIndex(u"imaging"_s, found->studyIndex), field)});
    };
    switch (id) {
    case FactId::CoronalCobbDeg:
        return measure(&ImagingStudy::coronalCobbDeg, u"coronalCobbDeg"_s);
    case FactId::SagittalVerticalAxisCm:
        return measure(&ImagingStudy::sagittalVerticalAxisCm, u"sagittalVerticalAxisCm"_s);
    case FactId::PiMinusLlDeg:
        return measure(&ImagingStudy::pelvicIncidenceMinusLordosisDeg, u"pelvicIncidenceMinusLordosisDeg"_s);
    default:
        break;
    }

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
    return FactValue::ofNumber(parsLevels, parsPaths.isEmpty() ? fixedPath([] { return u"imaging"_s; }) : parsPaths);
}

FactValue CaseFactDeriver::patient(FactId id) const
{
    static const Patient empty;
    const Patient& p = m_case.patient ? *m_case.patient : empty;
    const QDate surgeryDate = m_case.request.plannedSurgeryDate.value_or(m_reviewDate);
    const QString cotinineRecord = u"a cotinine test in the weeks before surgery"_s;
    static const CotinineTest noTest;
    const auto& test = p.cotinineTest;
    const CotinineTest& tested = test ? *test : noTest;
    // Assumable: an undocumented value that, where it matters, the criteria may take as absent.
    const auto assumable = [](FactValue value) {
        value.assumable = true;
        return value;
    };
    switch (id) {
    case FactId::Nicotine:
        return FactFields::enumeration(
            p.nicotine, [] { return u"patient.nicotine"_s; }, u"the patient's nicotine use (never, former, current)"_s);
    case FactId::NicotineQuitDaysBeforeSurgery:
        return p.nicotineQuitDate ? FactValue::ofNumber(static_cast<double>(p.nicotineQuitDate->daysTo(surgeryDate)),
                                                        fixedPath([] { return u"patient.nicotineQuitDate"_s; }))
                                  : FactValue::unknown(u"the date nicotine use stopped"_s,
                                                       fixedPath([] { return u"patient.nicotineQuitDate"_s; }));
    case FactId::CotinineDaysBeforeSurgery:
        return test && test->date
                   ? FactValue::ofNumber(static_cast<double>(test->date->daysTo(surgeryDate)),
                                         fixedPath([] { return u"patient.cotinineTest.date"_s; }))
                   : FactValue::unknown(cotinineRecord, fixedPath([] { return u"patient.cotinineTest.date"_s; }));
    case FactId::CotinineNgPerMl:
        return FactFields::number(
            tested.ngPerMl, [] { return u"patient.cotinineTest.ngPerMl"_s; }, cotinineRecord);
    case FactId::CotinineHasNumber:
        return test ? FactValue::ofBool(test->ngPerMl.has_value(),
                                        fixedPath([] { return u"patient.cotinineTest.ngPerMl"_s; }))
                    : FactValue::unknown(cotinineRecord, fixedPath([] { return u"patient.cotinineTest"_s; }));
    case FactId::CotinineResult:
        return FactFields::enumeration(
            tested.result, [] { return u"patient.cotinineTest.result"_s; }, cotinineRecord);
    case FactId::Diabetes:
        return FactFields::boolean(
            p.diabetes, [] { return u"patient.diabetes"_s; }, u"whether the patient has diabetes"_s);
    case FactId::Hba1c:
        return FactFields::number(
            p.hba1c, [] { return u"patient.hba1c"_s; }, u"a recent HbA1c"_s);
    case FactId::Bmi:
        return FactFields::number(
            p.bmi, [] { return u"patient.bmi"_s; }, u"the patient's BMI"_s);
    case FactId::DexaTScore:
        return FactFields::number(
            p.dexaTScore, [] { return u"patient.dexaTScore"_s; }, u"a bone density study (DEXA T-score)"_s);
    case FactId::CtHounsfieldUnits:
        return assumable(FactFields::number(
            p.ctHounsfieldUnits, [] { return u"patient.ctHounsfieldUnits"_s; }, u"vertebral Hounsfield units on CT"_s));
    case FactId::Osteoporosis:
        return assumable(FactFields::boolean(
            p.osteoporosis, [] { return u"patient.osteoporosis"_s; }, u"whether osteoporosis is diagnosed"_s));
    case FactId::ChronicSteroids:
        return FactFields::boolean(
            p.chronicSteroids, [] { return u"patient.chronicSteroids"_s; }, u"chronic steroid use"_s);
    case FactId::RenalDisease:
        return FactFields::boolean(
            p.renalDisease, [] { return u"patient.renalDisease"_s; }, u"whether the patient has renal disease"_s);
    case FactId::AlcoholUseDisorder:
        return FactFields::boolean(
            p.alcoholUseDisorder, [] { return u"patient.alcoholUseDisorder"_s; }, u"alcohol use history"_s);
    case FactId::Pregnant:
        return assumable(FactFields::boolean(
            p.pregnant, [] { return u"patient.pregnant"_s; }, u"pregnancy status"_s));
    default:
        break;
    }

    if (p.ageYears)
        return FactValue::ofNumber(*p.ageYears, fixedPath([] { return u"patient.ageYears"_s; }));
    if (p.birthDate) {
        int age = m_reviewDate.year() - p.birthDate->year();
        if (m_reviewDate.month() < p.birthDate->month() ||
            (m_reviewDate.month() == p.birthDate->month() && m_reviewDate.day() < p.birthDate->day()))
            --age;
        return FactValue::ofNumber(age, fixedPath([] { return u"patient.birthDate"_s; }));
    }
    return FactValue::unknown(u"the patient's age"_s, fixedPath([] { return u"patient.ageYears"_s; }));
}

FactValue CaseFactDeriver::request(FactId id) const
{
    const Request& r = m_case.request;
    const auto assumable = [](FactValue value) {
        value.assumable = true;
        return value;
    };
    switch (id) {
    case FactId::FusionLevelCount: {
        const bool fusion = r.components.contains(Component::Fusion);
        return FactValue::ofNumber(fusion ? static_cast<double>(m_case.levelsOf(Component::Fusion).size()) : 0.0,
                                   {r.componentLevels && r.componentLevels->contains(Component::Fusion)
                                        ? u"request.componentLevels.fusion"_s
                                        : u"request.levels"_s});
    }
    case FactId::InterbodyTechnique:
        return FactFields::enumeration(
            r.interbodyTechnique, [] { return u"request.interbodyTechnique"_s; }, u"the interbody technique"_s);
    case FactId::Approach:
        return FactFields::enumeration(
            r.approach, [] { return u"request.approach"_s; }, u"the surgical approach"_s);
    case FactId::PosterolateralFusion:
        return FactFields::boolean(
            r.posterolateralFusion, [] { return u"request.posterolateralFusion"_s; },
            u"whether the fusion includes a posterolateral graft bed"_s);
    case FactId::AutograftSource:
        return FactFields::enumeration(
            r.autograftSource, [] { return u"request.autograftSource"_s; }, u"the autograft source"_s);
    case FactId::AutograftInsufficient:
        return assumable(FactFields::boolean(
            r.autograftInsufficient, [] { return u"request.autograftInsufficient"_s; },
            u"whether autograft is unavailable or insufficient"_s));
    case FactId::BmaHybridWithIliacCrest:
        return FactFields::boolean(
            r.bmaHybridWithIliacCrest, [] { return u"request.bmaHybridWithIliacCrest"_s; },
            u"whether the aspirate is mixed with iliac-crest autograft"_s);
    case FactId::BmpContraindication:
        return assumable(FactFields::boolean(
            r.bmpContraindication, [] { return u"request.bmpContraindication"_s; }, u"contraindications to rhBMP-2"_s));
    case FactId::Setting:
        return FactFields::enumeration(
            r.setting, [] { return u"request.setting"_s; }, u"the requested setting"_s);
    case FactId::ExpectedMidnights:
        return FactFields::number(
            r.expectedMidnights ? std::optional<double>(*r.expectedMidnights) : std::nullopt,
            [] { return u"request.expectedMidnights"_s; }, u"the surgeon's expected stay"_s);
    case FactId::CriteriaInEffect:
        return m_parameters.effectiveDate.isValid() ? FactValue::ofBool(m_reviewDate >= m_parameters.effectiveDate,
                                                                        fixedPath([] { return u"reviewDate"_s; }))
                                                    : FactValue::unknown(u"the criteria set's effective date"_s,
                                                                         fixedPath([] { return u"reviewDate"_s; }));
    default:
        return r.inpatientRiskFactors
                   ? FactValue::ofNumber(static_cast<double>(r.inpatientRiskFactors->size()),
                                         fixedPath([] { return u"request.inpatientRiskFactors"_s; }))
                   : FactValue::unknownAssumable(u"documented reasons for an inpatient stay"_s,
                                                 fixedPath([] { return u"request.inpatientRiskFactors"_s; }));
    }
}

} // namespace spinereview
