// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sections/casesection.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace spinereview {

class TherapyEpisodesModel;

// The episodes of conservative care, in an editable table, with the weeks of care the engine counts from them
// as of the review date. A toggle keeps "therapy not documented" (absent) apart from "documented: none" ([]).
class TherapySection final : public CaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TherapySection)

public:
    explicit TherapySection(CaseDocument& document, QWidget* parent = nullptr);

    QString title() const override;
    // Complete when every episode has its start date and a physical-therapy episode has its response.
    Completeness completeness() const override;
    bool focusPath(const QString& jsonPath) override;
    void showIssues(const ValidationIssues& issues) override;

protected:
    void reload() override;
    bool ownsPath(const QString& jsonPath) const override;

private:
    void writeEpisodes(const QString& member);
    void refreshState();
    void addEpisode();
    void removeEpisode();

    QCheckBox* m_documented = nullptr;
    TherapyEpisodesModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_addEpisode = nullptr;
    QPushButton* m_removeEpisode = nullptr;
    QLabel* m_weeks = nullptr;
    QLabel* m_issues = nullptr;
};

} // namespace spinereview
