// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/symptomssection.h"

#include "editors/caselabels.h"
#include "models/outcomescoresmodel.h"
#include "sections/clinicalbindings.h"
#include "sections/clinicallisteditor.h"
#include "sections/exampanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace spinereview {

using namespace Qt::StringLiterals;
using clinical::InObject;

namespace {

template <typename T> InObject<Symptoms, T> inSymptoms(std::optional<T> Symptoms::*member)
{
    return {&SpineCase::symptoms, member};
}

} // namespace

SymptomsSection::SymptomsSection(CaseDocument& document, QWidget* parent)
    : CaseSection(document, parent)
{
    QVBoxLayout* page = m_form.createPage(this);
    // Problems of the sections' objects as a whole (not an object, unknown member types) show at the top.
    QLabel* general = m_form.createIssueLabel(u"symptoms"_s);
    m_form.addIssuePath(u"exam"_s, general);
    page->addWidget(general);
    buildSymptoms(page);
    m_exam = new ExamPanel(document, m_form);
    page->addWidget(m_exam);
    page->addStretch(1);
    // The main window focuses a section when it is chosen; the first field takes that focus.
    setFocusProxy(m_form.firstField());
    reload();
    showIssues(document.issues());
}

void SymptomsSection::buildSymptoms(QVBoxLayout* page)
{
    using namespace clinical;
    CaseDocument& doc = document();
    QFormLayout* form = ClinicalForm::addGroup(page, tr("Symptoms"));

    auto* claudication = new TriStateBox;
    m_form.addRow(form, tr("&Neurogenic claudication"), claudication, u"symptoms.neurogenicClaudication"_s);
    claudication->setToolTip(tr("Leg or buttock pain or heaviness with standing or walking, relieved by sitting "
                                "or bending forward"));
    bindTriState(doc, m_form, claudication, u"symptoms.neurogenicClaudication"_s,
                 inSymptoms(&Symptoms::neurogenicClaudication));

    auto* legPain = EnumBox::create<LegPain>(CaseLabels::legPain());
    m_form.addRow(form, tr("Radicular &leg pain"), legPain, u"symptoms.legPain"_s);
    bindEnum<LegPain>(doc, m_form, legPain, u"symptoms.legPain"_s, inSymptoms(&Symptoms::legPain));

    auto* backPain = new TriStateBox;
    m_form.addRow(form, tr("&Back pain predominant"), backPain, u"symptoms.backPainPredominant"_s);
    backPain->setToolTip(tr("Axial back pain greater than leg pain"));
    bindTriState(doc, m_form, backPain, u"symptoms.backPainPredominant"_s, inSymptoms(&Symptoms::backPainPredominant));

    auto* duration = new NumberField(0, 5200, 0);
    m_form.addRow(form, tr("&Duration (weeks)"), duration, u"symptoms.durationWeeks"_s);
    bindInteger(doc, m_form, duration, u"symptoms.durationWeeks"_s, inSymptoms(&Symptoms::durationWeeks));

    auto* pain = new NumberField(0, 10, 1);
    m_form.addRow(form, tr("Worst &pain score (0–10)"), pain, u"symptoms.painScore"_s);
    bindNumber(doc, m_form, pain, u"symptoms.painScore"_s, inSymptoms(&Symptoms::painScore));

    auto* odi = new NumberField(0, 100, 1);
    m_form.addRow(form, tr("&Oswestry Disability Index (0–100)"), odi, u"symptoms.odi"_s);
    bindNumber(doc, m_form, odi, u"symptoms.odi"_s, inSymptoms(&Symptoms::odi));

    auto* impairment = new TriStateBox;
    m_form.addRow(form, tr("Functional impairm&ent"), impairment, u"symptoms.functionalImpairment"_s);
    impairment->setToolTip(tr("The symptoms limit daily activities or work"));
    bindTriState(doc, m_form, impairment, u"symptoms.functionalImpairment"_s,
                 inSymptoms(&Symptoms::functionalImpairment));

    m_outcomeScores = new OutcomeScoresModel(doc, this);
    auto* scores =
        new ClinicalListEditor(m_outcomeScores, tr("Outcome scores documented"), tr("Outcome scores"), m_form);
    ClinicalForm::addCompositeRow(form, tr("Ou&tcome scores over time"), scores, scores->documentedBox());
    m_form.addLoader([this] { m_outcomeScores->reload(); });
}

QString SymptomsSection::title() const
{
    return tr("Symptoms & exam");
}

CaseSection::Completeness SymptomsSection::completeness() const
{
    const SpineCase& c = document().spineCase();
    const Symptoms s = c.symptoms.value_or(Symptoms());
    const Exam e = c.exam.value_or(Exam());
    // What the criteria read: the symptom history, the red flags and the motor examination.
    const bool required[] = {s.neurogenicClaudication.has_value(),
                             s.legPain.has_value(),
                             s.backPainPredominant.has_value(),
                             s.functionalImpairment.has_value(),
                             e.caudaEquina.has_value(),
                             e.progressiveDeficit.has_value(),
                             e.infection.has_value(),
                             e.tumor.has_value(),
                             e.fracture.has_value(),
                             e.motorDeficit.has_value()};
    const bool optional[] = {s.durationWeeks.has_value(),   s.painScore.has_value(),     s.odi.has_value(),
                             s.outcomeScores.has_value(),   e.reflexChanges.has_value(), e.sensoryDeficit.has_value(),
                             e.straightLegRaise.has_value()};
    const bool all = std::all_of(std::begin(required), std::end(required), [](bool b) { return b; });
    const bool any = std::any_of(std::begin(required), std::end(required), [](bool b) { return b; }) ||
                     std::any_of(std::begin(optional), std::end(optional), [](bool b) { return b; });
    return all ? Completeness::Complete : (any ? Completeness::Partial : Completeness::Empty);
}

bool SymptomsSection::focusPath(const QString& jsonPath)
{
    return m_form.focusPath(jsonPath);
}

void SymptomsSection::showIssues(const ValidationIssues& issues)
{
    m_form.showIssues(issues);
}

void SymptomsSection::reload()
{
    m_form.reload();
}

bool SymptomsSection::ownsPath(const QString& jsonPath) const
{
    return ClinicalForm::isUnder(jsonPath, u"symptoms"_s) || ClinicalForm::isUnder(jsonPath, u"exam"_s);
}

} // namespace spinereview
