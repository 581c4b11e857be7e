// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/cautionspanel.h"

#include "core/i18n/resulttexts.h"
#include "editors/caselabels.h"
#include "results/statuspresentation.h"

#include <QBoxLayout>
#include <QLabel>
#include <QListWidget>

namespace spinereview {

using namespace Qt::StringLiterals;

CautionsPanel::CautionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"cautionsPanel"_s);
    setAccessibleName(tr("Cautions"));
    m_heading->setObjectName(u"cautionsHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list->setObjectName(u"cautionsList"_s);
    m_list->setAccessibleName(tr("Cautions for the selected component"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::TabFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    clear();
}

void CautionsPanel::setComponent(const EvaluationResult& result, Component component)
{
    const ComponentOutcome* outcome = result.component(component);
    QStringList cautions;
    for (const QString& caution : outcome ? outcome->cautions : QStringList())
        cautions.append(ResultTexts::caution(caution, result.criteriaSet.get()));
    display(CaseLabels::component(component), cautions);
}

void CautionsPanel::clear()
{
    display({}, {});
}

void CautionsPanel::display(const QString& componentName, const QStringList& cautions)
{
    // Re-evaluation runs on every keystroke; rebuilding the same list would only flicker.
    if (m_shown && cautions == m_cautions && componentName == m_componentName)
        return;
    m_shown = true;
    m_cautions = cautions;
    m_componentName = componentName;
    m_heading->setText(componentName.isEmpty() ? tr("Cautions")
                                               : tr("Cautions — %1 (%2)").arg(componentName).arg(cautions.size()));
    m_list->clear();
    if (cautions.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No cautions."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const QString& caution : cautions) {
        // The drawn ⚠ and the word "Caution" in what a screen reader says: never colour alone.
        auto* item = new QListWidgetItem(StatusPresentation::cautionIcon(), caution, m_list);
        item->setData(Qt::AccessibleTextRole, tr("Caution: %1").arg(caution));
        item->setToolTip(tr("Caution: %1 (shown whatever the status; it never changes it)").arg(caution));
        item->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace spinereview
