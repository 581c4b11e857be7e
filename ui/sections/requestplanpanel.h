// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace spinereview {

class CaseDocument;
class ClinicalForm;
class NumberField;
class TriStateBox;

// The operative plan inside the request section: approach and interbody technique, the planned facet and pars
// resection (request-wide and per level, where a level plan overrides the request-wide values) and the graft.
class RequestPlanPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPlanPanel)

public:
    RequestPlanPanel(CaseDocument& document, ClinicalForm& form, QWidget* parent = nullptr);

    // Shows a level-plan row for every requested level and for every level that has a plan.
    void refresh();

private:
    struct LevelRow
    {
        QLabel* label = nullptr;
        NumberField* left = nullptr;
        NumberField* right = nullptr;
        TriStateBox* pars = nullptr;
    };

    void buildPlan(ClinicalForm& form, QVBoxLayout* layout);
    void buildLevelPlans(ClinicalForm& form, QFormLayout* layout);
    void buildGraft(ClinicalForm& form, QVBoxLayout* layout);

    CaseDocument& m_document;
    QMap<Level, LevelRow> m_levelRows;
    QWidget* m_levelPlans = nullptr;
};

} // namespace spinereview
