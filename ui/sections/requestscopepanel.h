// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"

#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QFormLayout;
class QLabel;

namespace spinereview {

class CaseDocument;
class ClinicalForm;

// What is requested, inside the request section: the levels, the components and, per component, the levels
// it covers when fewer than all (request.componentLevels; absent for a component = every requested level).
class RequestScopePanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestScopePanel)

public:
    RequestScopePanel(CaseDocument& document, ClinicalForm& form, QWidget* parent = nullptr);

    // Shows the component-level rows and enables the level boxes that fit the case as it now stands.
    void refresh();

private:
    struct ComponentRow
    {
        QLabel* label = nullptr;
        QCheckBox* all = nullptr;
        QMap<Level, QCheckBox*> levels;
    };

    void buildLevels(ClinicalForm& form, QFormLayout* layout);
    void buildComponents(ClinicalForm& form, QFormLayout* layout);
    void buildComponentLevels(ClinicalForm& form, QFormLayout* layout);
    void setLevel(Level level, bool requested);
    void setComponent(Component component, bool requested);
    void setAllLevels(Component component, bool all);
    void setComponentLevel(Component component, Level level, bool covered);

    CaseDocument& m_document;
    QMap<Level, QCheckBox*> m_levels;
    QMap<Component, QCheckBox*> m_components;
    QMap<Component, ComponentRow> m_componentRows;
    QWidget* m_componentLevels = nullptr;
};

} // namespace spinereview
