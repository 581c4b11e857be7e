// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/exampanel.h"

#include "editors/caselabels.h"
#include "models/motordeficitmodel.h"
#include "models/reflexchangesmodel.h"
#include "models/sensorydeficitmodel.h"
#include "sections/clinicalbindings.h"
#include "sections/clinicallisteditor.h"

#include <QCheckBox>
#include <QFormLayout>

namespace spinereview {

using namespace Qt::StringLiterals;
using clinical::InObject;

namespace {

template <typename T> InObject<Exam, T> inExam(std::optional<T> Exam::*member)
{
    return {&SpineCase::exam, member};
}

} // namespace

ExamPanel::ExamPanel(CaseDocument& document, ClinicalForm& form, QWidget* parent)
    : QGroupBox(tr("Examination"), parent)
{
    using namespace clinical;
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* motorModel = new MotorDeficitModel(document, this);
    // Absent is "no motor examination documented"; documented with no rows is "examined, no deficit".
    auto* motor = new ClinicalListEditor(motorModel, tr("Motor examination documented (no rows: no deficit)"),
                                         tr("Motor deficits"), form);
    ClinicalForm::addCompositeRow(layout, tr("&Motor deficits"), motor, motor->documentedBox());
    form.addLoader([motorModel] { motorModel->reload(); });

    const auto flag = [&](const QString& label, const QString& key, std::optional<bool> Exam::*member,
                          const QString& toolTip) {
        auto* box = new TriStateBox;
        const QString path = u"exam."_s + key;
        form.addRow(layout, label, box, path);
        box->setToolTip(toolTip);
        bindTriState(document, form, box, path, inExam(member));
    };
    flag(tr("P&rogressive deficit"), u"progressiveDeficit"_s, &Exam::progressiveDeficit,
         tr("A worsening neurological deficit"));
    flag(tr("&Cauda equina syndrome"), u"caudaEquina"_s, &Exam::caudaEquina, tr("Red flag"));
    flag(tr("&Infection"), u"infection"_s, &Exam::infection, tr("Red flag"));
    flag(tr("T&umour"), u"tumor"_s, &Exam::tumor, tr("Red flag"));
    flag(tr("Fr&acture"), u"fracture"_s, &Exam::fracture, tr("Red flag"));

    auto* reflexModel = new ReflexChangesModel(document, this);
    auto* reflexes =
        new ClinicalListEditor(reflexModel, tr("Reflexes documented (no rows: normal)"), tr("Reflex changes"), form);
    ClinicalForm::addCompositeRow(layout, tr("Refle&x changes"), reflexes, reflexes->documentedBox());
    form.addLoader([reflexModel] { reflexModel->reload(); });

    auto* sensoryModel = new SensoryDeficitModel(document, this);
    auto* sensory = new ClinicalListEditor(sensoryModel, tr("Sensory examination documented (no rows: normal)"),
                                           tr("Sensory deficits"), form);
    ClinicalForm::addCompositeRow(layout, tr("&Sensory deficits"), sensory, sensory->documentedBox());
    form.addLoader([sensoryModel] { sensoryModel->reload(); });

    auto* straightLegRaise = EnumBox::create<StraightLegRaise>(CaseLabels::straightLegRaise());
    form.addRow(layout, tr("Straight-le&g raise"), straightLegRaise, u"exam.straightLegRaise"_s);
    bindEnum<StraightLegRaise>(document, form, straightLegRaise, u"exam.straightLegRaise"_s,
                               inExam(&Exam::straightLegRaise));
}

} // namespace spinereview
