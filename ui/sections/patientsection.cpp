// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/patientsection.h"

#include "editors/caselabels.h"
#include "sections/clinicalbindings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace spinereview {

using namespace Qt::StringLiterals;
using clinical::InObject;

namespace {

template <typename T> InObject<Patient, T> inPatient(std::optional<T> Patient::*member)
{
    return {&SpineCase::patient, member};
}

// A member of patient.cotinineTest, which the reviewer creates with its "documented" box.
template <typename T> struct InCotinineTest
{
    std::optional<T> CotinineTest::*member;

    std::optional<T> get(const SpineCase& c) const
    {
        return c.patient && c.patient->cotinineTest ? (*c.patient->cotinineTest).*member : std::nullopt;
    }
    void set(SpineCase& c, std::optional<T> value) const
    {
        if (!c.patient)
            c.patient.emplace();
        if (!c.patient->cotinineTest)
            c.patient->cotinineTest.emplace();
        (*c.patient->cotinineTest).*member = std::move(value);
    }
};

} // namespace

PatientSection::PatientSection(CaseDocument& document, QWidget* parent)
    : CaseSection(document, parent)
{
    QVBoxLayout* page = m_form.createPage(this);
    page->addWidget(m_form.createIssueLabel(u"patient"_s));
    buildIdentity(page);
    buildNicotine(page);
    buildBone(page);
    buildRisks(page);
    page->addStretch(1);
    // The main window focuses a section when it is chosen; the first field takes that focus.
    setFocusProxy(m_form.firstField());
    reload();
    showIssues(document.issues());
}

void PatientSection::buildIdentity(QVBoxLayout* page)
{
    using namespace clinical;
    CaseDocument& doc = document();
    QFormLayout* form = ClinicalForm::addGroup(page, tr("Patient"));

    auto* id = new QLineEdit;
    id->setPlaceholderText(tr("leave empty to keep the case de-identified"));
    m_form.addRow(form, tr("Record n&umber"), id, u"patient.id"_s);
    bindText(doc, m_form, id, u"patient.id"_s, inPatient(&Patient::id));

    auto* sex = EnumBox::create<Sex>(CaseLabels::sexes());
    m_form.addRow(form, tr("&Sex"), sex, u"patient.sex"_s);
    bindEnum<Sex>(doc, m_form, sex, u"patient.sex"_s, inPatient(&Patient::sex));

    // The format takes either a birth date or an age; both are offered and the facts prefer the age.
    auto* birthDate = new DateField;
    birthDate->setDefaultDate(QDate(1960, 1, 1));
    m_form.addRow(form, tr("&Birth date"), birthDate, u"patient.birthDate"_s);
    bindDate(doc, m_form, birthDate, u"patient.birthDate"_s, inPatient(&Patient::birthDate));

    auto* age = new NumberField(0, 130, 0);
    m_form.addRow(form, tr("A&ge (years)"), age, u"patient.ageYears"_s);
    bindInteger(doc, m_form, age, u"patient.ageYears"_s, inPatient(&Patient::ageYears));

    auto* bmi = new NumberField(5, 150, 1);
    m_form.addRow(form, tr("B&MI (kg/m²)"), bmi, u"patient.bmi"_s);
    bindNumber(doc, m_form, bmi, u"patient.bmi"_s, inPatient(&Patient::bmi));
}

void PatientSection::buildNicotine(QVBoxLayout* page)
{
    using namespace clinical;
    CaseDocument& doc = document();
    QFormLayout* form = ClinicalForm::addGroup(page, tr("Nicotine"));

    auto* nicotine = EnumBox::create<Nicotine>(CaseLabels::nicotine());
    nicotine->setToolTip(tr("Any nicotine: smoking, smokeless tobacco, replacement"));
    m_form.addRow(form, tr("&Nicotine use"), nicotine, u"patient.nicotine"_s);
    bindEnum<Nicotine>(doc, m_form, nicotine, u"patient.nicotine"_s, inPatient(&Patient::nicotine));

    auto* quitDate = new DateField;
    m_form.addRow(form, tr("&Quit date"), quitDate, u"patient.nicotineQuitDate"_s);
    bindDate(doc, m_form, quitDate, u"patient.nicotineQuitDate"_s, inPatient(&Patient::nicotineQuitDate));

    // An absent test and a test whose result is not yet written down are different records, hence the box.
    m_cotinineDocumented = new QCheckBox(tr("A cotinine test is documented"));
    m_form.addRow(form, tr("Co&tinine test"), m_cotinineDocumented, u"patient.cotinineTest"_s);
    connect(m_cotinineDocumented, &QCheckBox::toggled, this, [this](bool on) {
        setCotinineEnabled(on);
        document().edit(
            [on](SpineCase& c) {
                if (!c.patient)
                    c.patient.emplace();
                if (!on)
                    c.patient->cotinineTest.reset();
                else if (!c.patient->cotinineTest)
                    c.patient->cotinineTest.emplace();
            },
            u"patient.cotinineTest"_s);
    });
    m_form.addLoader([this] {
        const SpineCase& c = document().spineCase();
        const bool documented = c.patient && c.patient->cotinineTest;
        const QSignalBlocker blocker(m_cotinineDocumented);
        m_cotinineDocumented->setChecked(documented);
        setCotinineEnabled(documented);
    });

    m_cotinineDate = new DateField;
    m_form.addRow(form, tr("Cotinine test &date"), m_cotinineDate, u"patient.cotinineTest.date"_s);
    bindDate(doc, m_form, m_cotinineDate, u"patient.cotinineTest.date"_s, InCotinineTest<QDate>{&CotinineTest::date});

    m_cotinineResult = EnumBox::create<TestResult>(CaseLabels::testResults());
    m_form.addRow(form, tr("Cotinine &result"), m_cotinineResult, u"patient.cotinineTest.result"_s);
    bindEnum<TestResult>(doc, m_form, m_cotinineResult, u"patient.cotinineTest.result"_s,
                         InCotinineTest<TestResult>{&CotinineTest::result});

    m_cotinineLevel = new NumberField(0, 100000, 1);
    m_form.addRow(form, tr("Cotinine &level (ng/mL)"), m_cotinineLevel, u"patient.cotinineTest.ngPerMl"_s);
    bindNumber(doc, m_form, m_cotinineLevel, u"patient.cotinineTest.ngPerMl"_s,
               InCotinineTest<double>{&CotinineTest::ngPerMl});
}

void PatientSection::buildBone(QVBoxLayout* page)
{
    using namespace clinical;
    CaseDocument& doc = document();
    QFormLayout* form = ClinicalForm::addGroup(page, tr("Diabetes and bone"));

    auto* diabetes = new TriStateBox;
    m_form.addRow(form, tr("D&iabetes"), diabetes, u"patient.diabetes"_s);
    bindTriState(doc, m_form, diabetes, u"patient.diabetes"_s, inPatient(&Patient::diabetes));

    auto* hba1c = new NumberField(2, 25, 1);
    m_form.addRow(form, tr("HbA&1c (%)"), hba1c, u"patient.hba1c"_s);
    bindNumber(doc, m_form, hba1c, u"patient.hba1c"_s, inPatient(&Patient::hba1c));

    auto* tScore = new NumberField(-10, 10, 1);
    tScore->setToolTip(tr("The lowest T-score of the study"));
    m_form.addRow(form, tr("DEXA T-s&core"), tScore, u"patient.dexaTScore"_s);
    bindNumber(doc, m_form, tScore, u"patient.dexaTScore"_s, inPatient(&Patient::dexaTScore));

    auto* dexaDate = new DateField;
    m_form.addRow(form, tr("DE&XA date"), dexaDate, u"patient.dexaDate"_s);
    bindDate(doc, m_form, dexaDate, u"patient.dexaDate"_s, inPatient(&Patient::dexaDate));

    auto* hounsfield = new NumberField(-1000, 3000, 0);
    hounsfield->setToolTip(tr("Vertebral bone density on CT, an alternative to DEXA"));
    m_form.addRow(form, tr("CT Hounsfield units"), hounsfield, u"patient.ctHounsfieldUnits"_s);
    bindNumber(doc, m_form, hounsfield, u"patient.ctHounsfieldUnits"_s, inPatient(&Patient::ctHounsfieldUnits));

    auto* osteoporosis = new TriStateBox;
    osteoporosis->setToolTip(tr("An osteoporosis diagnosis is documented"));
    m_form.addRow(form, tr("&Osteoporosis"), osteoporosis, u"patient.osteoporosis"_s);
    bindTriState(doc, m_form, osteoporosis, u"patient.osteoporosis"_s, inPatient(&Patient::osteoporosis));
}

void PatientSection::buildRisks(QVBoxLayout* page)
{
    using namespace clinical;
    CaseDocument& doc = document();
    QFormLayout* form = ClinicalForm::addGroup(page, tr("Healing risk factors"));

    const auto flag = [&](const QString& label, const QString& key, std::optional<bool> Patient::*member) {
        auto* box = new TriStateBox;
        const QString path = u"patient."_s + key;
        m_form.addRow(form, label, box, path);
        bindTriState(doc, m_form, box, path, inPatient(member));
    };
    flag(tr("Chronic steroid us&e"), u"chronicSteroids"_s, &Patient::chronicSteroids);
    flag(tr("&Kidney (renal) disease"), u"renalDisease"_s, &Patient::renalDisease);
    flag(tr("&Alcohol use disorder"), u"alcoholUseDisorder"_s, &Patient::alcoholUseDisorder);
    flag(tr("&Pregnant"), u"pregnant"_s, &Patient::pregnant);

    auto* screening = EnumBox::create<PsychologicalScreening>(CaseLabels::psychologicalScreening());
    m_form.addRow(form, tr("Ps&ychological screening"), screening, u"patient.psychologicalScreening"_s);
    bindEnum<PsychologicalScreening>(doc, m_form, screening, u"patient.psychologicalScreening"_s,
                                     inPatient(&Patient::psychologicalScreening));
}

void PatientSection::setCotinineEnabled(bool enabled)
{
    m_cotinineDate->setEnabled(enabled);
    m_cotinineResult->setEnabled(enabled);
    m_cotinineLevel->setEnabled(enabled);
}

QString PatientSection::title() const
{
    return tr("Patient factors");
}

CaseSection::Completeness PatientSection::completeness() const
{
    const SpineCase& c = document().spineCase();
    if (!c.patient)
        return Completeness::Empty;
    const Patient& p = *c.patient;
    const bool any = p.id || p.sex || p.birthDate || p.ageYears || p.bmi || p.nicotine || p.nicotineQuitDate ||
                     p.cotinineTest || p.diabetes || p.hba1c || p.dexaTScore || p.dexaDate || p.ctHounsfieldUnits ||
                     p.osteoporosis || p.chronicSteroids || p.renalDisease || p.alcoholUseDisorder || p.pregnant ||
                     p.psychologicalScreening;
    if (!any)
        return Completeness::Empty;
    // What the criteria read, with the follow-ups a value calls for: a quit date for former users, a cotinine
    // test for any nicotine use, an HbA1c for diabetics, pregnancy unless the patient is male.
    const bool usesNicotine = p.nicotine && *p.nicotine != Nicotine::Never;
    const bool complete = p.nicotine && p.diabetes && p.bmi && (p.ageYears || p.birthDate) &&
                          (p.dexaTScore || p.ctHounsfieldUnits || p.osteoporosis) && p.chronicSteroids &&
                          p.renalDisease && p.alcoholUseDisorder && (!usesNicotine || p.cotinineTest) &&
                          (p.nicotine != Nicotine::Former || p.nicotineQuitDate) && (p.diabetes != true || p.hba1c) &&
                          (p.sex == Sex::Male || p.pregnant);
    return complete ? Completeness::Complete : Completeness::Partial;
}

bool PatientSection::focusPath(const QString& jsonPath)
{
    return m_form.focusPath(jsonPath);
}

void PatientSection::showIssues(const ValidationIssues& issues)
{
    m_form.showIssues(issues);
}

void PatientSection::reload()
{
    m_form.reload();
}

bool PatientSection::ownsPath(const QString& jsonPath) const
{
    return ClinicalForm::isUnder(jsonPath, u"patient"_s);
}

} // namespace spinereview
