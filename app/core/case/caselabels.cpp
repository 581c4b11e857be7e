// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/caselabels.h"

#include <iterator>

namespace spinereview {

QStringList CaseLabels::stenosisGrades()
{
    return {tr("None"), tr("Mild"), tr("Mild to moderate"), tr("Moderate"), tr("Moderate to severe"), tr("Severe")};
}

QStringList CaseLabels::sides()
{
    return {tr("Left"), tr("Right"), tr("Bilateral")};
}

QStringList CaseLabels::legPain()
{
    return {tr("None"), tr("Left"), tr("Right"), tr("Bilateral")};
}

QStringList CaseLabels::modalities()
{
    return {tr("MRI"), tr("CT"), tr("CT myelogram"), tr("Plain X-ray"), tr("Flexion–extension X-ray")};
}

QStringList CaseLabels::slipTypes()
{
    return {tr("Degenerative"), tr("Isthmic"), tr("Iatrogenic"), tr("Other")};
}

QStringList CaseLabels::discHeightLoss()
{
    return {tr("None"), tr("Mild"), tr("Moderate"), tr("Severe")};
}

QStringList CaseLabels::discHerniation()
{
    return {tr("None"), tr("Bulge"), tr("Protrusion"), tr("Extrusion"), tr("Sequestration")};
}

QStringList CaseLabels::acuity()
{
    return {tr("Acute"), tr("Chronic"), tr("Acute on chronic")};
}

QStringList CaseLabels::therapyTypes()
{
    return {tr("Physical therapy"),
            tr("Home exercise"),
            tr("Activity modification"),
            tr("NSAID"),
            tr("Acetaminophen"),
            tr("Gabapentinoid"),
            tr("Muscle relaxant"),
            tr("Opioid"),
            tr("Oral steroid"),
            tr("Epidural steroid injection"),
            tr("Facet injection"),
            tr("Chiropractic"),
            tr("Bracing"),
            tr("Acupuncture"),
            tr("Other")};
}

QStringList CaseLabels::therapyResponses()
{
    return {tr("Resolved"), tr("Improved"), tr("Partial"), tr("No improvement"), tr("Worse"), tr("Not tolerated")};
}

QStringList CaseLabels::deliveries()
{
    return {tr("In person"), tr("Home"), tr("Virtual")};
}

QStringList CaseLabels::procedures()
{
    return {tr("Discectomy"),  tr("Laminotomy"), tr("Laminectomy"), tr("Foraminotomy"),
            tr("Facetectomy"), tr("Fusion"),     tr("Other")};
}

namespace {

// In the order of Component. Kept as untranslated sources so one label can be translated without
// building the whole list: a component's name is asked for in every cell the results show.
constexpr const char* kComponentNames[] = {
    QT_TRANSLATE_NOOP("CaseLabels", "Decompression"),
    QT_TRANSLATE_NOOP("CaseLabels", "Fusion"),
    QT_TRANSLATE_NOOP("CaseLabels", "Instrumentation"),
    QT_TRANSLATE_NOOP("CaseLabels", "Interbody device"),
    QT_TRANSLATE_NOOP("CaseLabels", "Bone marrow aspirate"),
    QT_TRANSLATE_NOOP("CaseLabels", "rhBMP-2"),
    QT_TRANSLATE_NOOP("CaseLabels", "Allograft"),
    QT_TRANSLATE_NOOP("CaseLabels", "Autograft"),
    QT_TRANSLATE_NOOP("CaseLabels", "Cement augmentation"),
    QT_TRANSLATE_NOOP("CaseLabels", "Bone growth stimulator"),
    QT_TRANSLATE_NOOP("CaseLabels", "Inpatient stay"),
};
static_assert(std::size(kComponentNames) == enumCount<Component>(), "one name per component");

} // namespace

QStringList CaseLabels::components()
{
    QStringList names;
    names.reserve(qsizetype(std::size(kComponentNames)));
    for (const char* name : kComponentNames)
        names.append(tr(name));
    return names;
}

QStringList CaseLabels::approaches()
{
    return {tr("Posterior"), tr("Anterior"), tr("Lateral"), tr("Combined")};
}

QStringList CaseLabels::autograftSources()
{
    return {tr("Local"), tr("Iliac crest"), tr("Both")};
}

QStringList CaseLabels::settings()
{
    return {tr("Inpatient"), tr("Outpatient")};
}

QStringList CaseLabels::inpatientRiskFactors()
{
    return {tr("ASA 3 or more"),      tr("Sleep apnoea on CPAP"),    tr("Uncontrolled diabetes"),
            tr("Morbid obesity"),     tr("Cardiopulmonary disease"), tr("No home support"),
            tr("IV analgesia needed")};
}

QStringList CaseLabels::urgencies()
{
    return {tr("Standard"), tr("Expedited")};
}

QStringList CaseLabels::planTypes()
{
    return {tr("Commercial"), tr("Medicare"), tr("Medicare Advantage"), tr("Medicaid"), tr("Other")};
}

QStringList CaseLabels::sexes()
{
    return {tr("Female"), tr("Male"), tr("Other")};
}

QStringList CaseLabels::nicotine()
{
    return {tr("Never"), tr("Former"), tr("Current")};
}

QStringList CaseLabels::testResults()
{
    return {tr("Negative"), tr("Positive")};
}

QStringList CaseLabels::psychologicalScreening()
{
    return {tr("Cleared"), tr("Concerns"), tr("Not done")};
}

QStringList CaseLabels::reflexes()
{
    return {tr("Patellar"), tr("Achilles")};
}

QStringList CaseLabels::straightLegRaise()
{
    return {tr("Positive"), tr("Negative")};
}

QString CaseLabels::component(Component component)
{
    const auto index = static_cast<std::size_t>(component);
    return index < std::size(kComponentNames) ? tr(kComponentNames[index]) : QString();
}

} // namespace spinereview
