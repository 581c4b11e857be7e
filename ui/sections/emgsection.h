// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "sections/casesection.h"

#include <functional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace spinereview {

class DateField;
class EmgFindingsModel;
class TriStateBox;

// The electrodiagnostic studies (EMG/NCS): a list of studies, the selected study's date and peripheral
// neuropathy, and its radiculopathy findings as a grid of nerve roots by side. A toggle keeps a study whose
// result is not documented (findings absent) apart from a normal study (findings []).
class EmgSection final : public CaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmgSection)

public:
    explicit EmgSection(CaseDocument& document, QWidget* parent = nullptr);

    QString title() const override;
    // Complete when a study documents its findings (a normal study counts).
    Completeness completeness() const override;
    bool focusPath(const QString& jsonPath) override;
    void showIssues(const ValidationIssues& issues) override;

protected:
    void reload() override;
    bool ownsPath(const QString& jsonPath) const override;

private:
    void buildStudyList();
    void buildStudyForm();
    void loadStudy();
    void refreshStudyItems();
    void refreshFindingsState();
    void applyIssues();
    void addStudy();
    void removeStudy();
    void editStudy(const QString& member, const std::function<void(EmgStudy&)>& change);
    const EmgStudy* currentStudy() const;
    QDate reviewDate() const;

    QListWidget* m_studies = nullptr;
    QPushButton* m_addStudy = nullptr;
    QPushButton* m_removeStudy = nullptr;
    DateField* m_date = nullptr;
    TriStateBox* m_neuropathy = nullptr;
    QCheckBox* m_findingsDocumented = nullptr;
    QLabel* m_findingsNote = nullptr;
    EmgFindingsModel* m_findingsModel = nullptr;
    QTableView* m_findings = nullptr;
    QLabel* m_issues = nullptr;
    ValidationIssues m_caseIssues;
};

} // namespace spinereview
