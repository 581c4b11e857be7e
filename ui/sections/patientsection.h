// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sections/casesection.h"
#include "sections/clinicalform.h"

class QCheckBox;

namespace spinereview {

class DateField;
class EnumBox;
class NumberField;

// Patient factors: identity and age, nicotine and cotinine, diabetes, bone density and the other healing
// risk factors, every field of `patient`.
class PatientSection final : public CaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientSection)

public:
    explicit PatientSection(CaseDocument& document, QWidget* parent = nullptr);

    QString title() const override;
    Completeness completeness() const override;
    bool focusPath(const QString& jsonPath) override;
    void showIssues(const ValidationIssues& issues) override;

protected:
    void reload() override;
    bool ownsPath(const QString& jsonPath) const override;

private:
    void buildIdentity(QVBoxLayout* page);
    void buildNicotine(QVBoxLayout* page);
    void buildBone(QVBoxLayout* page);
    void buildRisks(QVBoxLayout* page);
    void setCotinineEnabled(bool enabled);

    ClinicalForm m_form;
    QCheckBox* m_cotinineDocumented = nullptr;
    DateField* m_cotinineDate = nullptr;
    EnumBox* m_cotinineResult = nullptr;
    NumberField* m_cotinineLevel = nullptr;
};

} // namespace spinereview
