// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sections/casesection.h"
#include "sections/clinicalform.h"

namespace spinereview {

class ExamPanel;
class OutcomeScoresModel;

// Symptoms & exam: the history (claudication, leg and back pain, scores over time) and the neurological
// examination with its red flags, every field of `symptoms` and `exam`.
class SymptomsSection final : public CaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymptomsSection)

public:
    explicit SymptomsSection(CaseDocument& document, QWidget* parent = nullptr);

    QString title() const override;
    Completeness completeness() const override;
    bool focusPath(const QString& jsonPath) override;
    void showIssues(const ValidationIssues& issues) override;

protected:
    void reload() override;
    bool ownsPath(const QString& jsonPath) const override;

private:
    void buildSymptoms(QVBoxLayout* page);

    ClinicalForm m_form;
    OutcomeScoresModel* m_outcomeScores = nullptr;
    ExamPanel* m_exam = nullptr;
};

} // namespace spinereview
