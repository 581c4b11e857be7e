// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "sections/casesection.h"
#include "sections/clinicalform.h"

#include <QMap>

class QCheckBox;

namespace spinereview {

class RequestPlanPanel;
class RequestScopePanel;

// Request & coverage: what is requested (levels, components, the operative plan, graft, stay), when it
// arrived and how urgent it is, its codes, the payer and the reviewer's notes.
class RequestSection final : public CaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSection)

public:
    explicit RequestSection(CaseDocument& document, QWidget* parent = nullptr);

    QString title() const override;
    Completeness completeness() const override;
    bool focusPath(const QString& jsonPath) override;
    void showIssues(const ValidationIssues& issues) override;

protected:
    void reload() override;
    bool ownsPath(const QString& jsonPath) const override;

private:
    void buildCase(QVBoxLayout* page);
    void buildStay(QVBoxLayout* page);
    void buildCodes(QVBoxLayout* page);
    // Brings the parts that depend on other fields (rows per level and component, the risk factor boxes) in
    // line with the case after any edit, including the section's own.
    void refreshStructure();

    ClinicalForm m_form;
    RequestScopePanel* m_scope = nullptr;
    RequestPlanPanel* m_plan = nullptr;
    QCheckBox* m_riskFactorsDocumented = nullptr;
    QMap<InpatientRiskFactor, QCheckBox*> m_riskFactors;
};

} // namespace spinereview
