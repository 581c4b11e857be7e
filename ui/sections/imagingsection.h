// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "sections/casesection.h"

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace spinereview {

class DateField;
class EnumBox;
class ImagingLevelsModel;
class NumberField;

// The imaging studies of the case: a list of studies, the selected study's modality, date and deformity
// measures, and its findings as a grid of the five lumbar levels by finding. Studies the criteria will not
// count (after the review date, or too old to qualify) say so beside their date.
class ImagingSection final : public CaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagingSection)

public:
    explicit ImagingSection(CaseDocument& document, QWidget* parent = nullptr);

    QString title() const override;
    // Complete when a qualifying study grades stenosis at every requested level.
    Completeness completeness() const override;
    bool focusPath(const QString& jsonPath) override;
    void showIssues(const ValidationIssues& issues) override;

protected:
    void reload() override;
    bool ownsPath(const QString& jsonPath) const override;

private:
    void buildStudyList();
    void buildStudyForm();
    void buildLevelGrid();
    void loadStudy();
    void refreshStudyItems();
    void applyIssues();
    void addStudy();
    void removeStudy();
    // Applies a change to the selected study; `member` is its path inside the study ("levels.L5-S1.…").
    void editStudy(const QString& member, const std::function<void(ImagingStudy&)>& change);
    const ImagingStudy* currentStudy() const;
    QDate reviewDate() const;
    // Why the criteria will not count a study, or an empty string.
    QString studyHint(const ImagingStudy& study) const;
    void focusLevelCell(const QString& levelsMember);

    QListWidget* m_studies = nullptr;
    QPushButton* m_addStudy = nullptr;
    QPushButton* m_removeStudy = nullptr;
    EnumBox* m_modality = nullptr;
    DateField* m_date = nullptr;
    QLabel* m_dateHint = nullptr;
    NumberField* m_cobb = nullptr;
    NumberField* m_sagittalAxis = nullptr;
    NumberField* m_piLl = nullptr;
    ImagingLevelsModel* m_levelsModel = nullptr;
    QTableView* m_levels = nullptr;
    QLabel* m_issues = nullptr;
    ValidationIssues m_caseIssues;
};

} // namespace spinereview
