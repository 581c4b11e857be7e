// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/criteriasetbar.h"

#include "core/i18n/criteriatexts.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace spinereview {

using namespace Qt::StringLiterals;

CriteriaSetBar::CriteriaSetBar(const QList<CriteriaSetPtr>& sets, QWidget* parent)
    : QWidget(parent)
    , m_selector(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_compare(new QToolButton(this))
{
    setObjectName(u"criteriaSetBar"_s);
    setAccessibleName(tr("Criteria set"));
    m_selector->setObjectName(u"criteriaSetSelector"_s);
    m_selector->setAccessibleName(tr("Criteria set"));
    m_selector->setToolTip(tr("The criteria set the determinations are evaluated under"));
    // Titles are long; the closed box shows their start, the list shows them whole.
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selector->setMinimumContentsLength(24);
    for (const CriteriaSetPtr& set : sets) {
        m_selector->addItem(tr("%1 — version %2").arg(CriteriaTexts::title(set->info), set->info.version),
                            set->info.id);
        m_selector->setItemData(m_selector->count() - 1, describe(set->info), Qt::ToolTipRole);
    }
    m_info->setObjectName(u"criteriaSetInfo"_s);
    m_info->setAccessibleName(tr("Current criteria set"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_compare->setObjectName(u"compareSets"_s);
    m_compare->setText(tr("Compare all sets"));
    m_compare->setAccessibleName(tr("Compare all criteria sets"));
    m_compare->setToolTip(tr("Show every component under every criteria set side by side"));
    m_compare->setCheckable(true);
    m_compare->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* top = new QHBoxLayout;
    top->addWidget(m_selector, 1);
    top->addWidget(m_compare);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_info);

    connect(m_selector, &QComboBox::activated, this, [this](int index) {
        const QString id = m_selector->itemData(index).toString();
        if (id != m_currentId)
            emit setRequested(id);
    });
    connect(m_compare, &QToolButton::toggled, this, &CriteriaSetBar::comparisonToggled);
    if (!sets.isEmpty())
        setCurrentSet(sets.first());
}

QString CriteriaSetBar::describe(const CriteriaSetInfo& info)
{
    QStringList parts{tr("%1, version %2").arg(CriteriaTexts::title(info), info.version)};
    if (!info.label.isEmpty())
        parts.append(CriteriaTexts::label(info));
    parts.append(tr("sha256 %1…").arg(info.sha256.left(12)));
    return parts.join(u" · "_s);
}

void CriteriaSetBar::setCurrentSet(const CriteriaSetPtr& set)
{
    if (!set)
        return;
    m_currentId = set->info.id;
    const int index = m_selector->findData(set->info.id);
    {
        const QSignalBlocker blocker(m_selector);
        if (index >= 0) {
            m_selector->setCurrentIndex(index);
        } else {
            // A set outside the catalogue (a file opened on its own) is still named.
            m_selector->addItem(tr("%1 — version %2").arg(CriteriaTexts::title(set->info), set->info.version),
                                set->info.id);
            m_selector->setCurrentIndex(m_selector->count() - 1);
        }
    }
    const CriteriaSetInfo& info = set->info;
    m_info->setText(describe(info));
    m_info->setToolTip(tr("%1\nVersion %2, effective %3\nsha256 %4\nSources: %5")
                           .arg(CriteriaTexts::title(info), info.version, info.effectiveDate, info.sha256,
                                info.sources.join(u"; "_s)));
    m_selector->setAccessibleDescription(describe(info));
}

void CriteriaSetBar::setComparisonChecked(bool checked)
{
    const QSignalBlocker blocker(m_compare);
    m_compare->setChecked(checked);
}

} // namespace spinereview
