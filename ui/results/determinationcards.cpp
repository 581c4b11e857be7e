// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/determinationcards.h"

#include "results/determinationcard.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

DeterminationCards::DeterminationCards(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_empty(new QLabel(tr("No components requested: add the procedure's components to the request."), this))
{
    setObjectName(u"determinationCards"_s);
    setAccessibleName(tr("Determinations"));
    m_empty->setObjectName(u"determinationCardsEmpty"_s);
    m_empty->setWordWrap(true);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
}

DeterminationCard* DeterminationCards::card(Component component) const
{
    for (DeterminationCard* card : m_cards) {
        if (card->component() == component)
            return card;
    }
    return nullptr;
}

void DeterminationCards::setResult(const EvaluationResult& result)
{
    std::vector<Component> components;
    for (const ComponentOutcome& outcome : result.components)
        components.push_back(outcome.component);
    std::vector<Component> shown;
    for (const DeterminationCard* card : m_cards)
        shown.push_back(card->component());
    // Re-evaluation runs on every keystroke: keep the cards (and the focus in them) when the request
    // did not change.
    if (components != shown)
        rebuild(components);
    for (const ComponentOutcome& outcome : result.components)
        card(outcome.component)->setOutcome(outcome, result.criteriaSet.get());

    if (m_selected && !card(*m_selected))
        m_selected.reset();
    if (!m_selected && !m_cards.empty())
        m_selected = m_cards.front()->component();
    m_empty->setVisible(m_cards.empty());
    updateChecks();
}

void DeterminationCards::rebuild(const std::vector<Component>& components)
{
    const bool hadFocus = std::any_of(m_cards.cbegin(), m_cards.cend(), [](const auto* c) { return c->hasFocus(); });
    for (DeterminationCard* card : m_cards) {
        m_layout->removeWidget(card);
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    int index = m_layout->indexOf(m_empty) + 1;
    // New widgets join the end of the window's focus chain; keep the cards where this widget is.
    QWidget* previous = m_empty;
    for (Component component : components) {
        auto* card = new DeterminationCard(component, this);
        card->installEventFilter(this);
        connect(card, &DeterminationCard::clicked, this, [this, component] {
            selectComponent(component);
            // A click on the selected card must not leave it unchecked.
            updateChecks();
        });
        m_layout->insertWidget(index++, card);
        setTabOrder(previous, card);
        previous = card;
        m_cards.push_back(card);
    }
    if (hadFocus) {
        if (DeterminationCard* selected = m_selected ? card(*m_selected) : nullptr)
            selected->setFocus();
    }
}

void DeterminationCards::selectComponent(Component component)
{
    if (!card(component) || m_selected == component)
        return;
    m_selected = component;
    updateChecks();
    emit componentSelected(component);
}

void DeterminationCards::updateChecks()
{
    for (DeterminationCard* card : m_cards)
        card->setChecked(m_selected == card->component());
}

void DeterminationCards::moveSelection(int cardIndex)
{
    if (cardIndex < 0 || cardIndex >= static_cast<int>(m_cards.size()))
        return;
    DeterminationCard* target = m_cards[static_cast<std::size_t>(cardIndex)];
    target->setFocus(Qt::TabFocusReason);
    selectComponent(target->component());
}

bool DeterminationCards::eventFilter(QObject* watched, QEvent* event)
{
    auto* source = qobject_cast<DeterminationCard*>(watched);
    if (!source || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto found = std::find(m_cards.cbegin(), m_cards.cend(), source);
    const int index = static_cast<int>(found - m_cards.cbegin());
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        moveSelection(index - 1);
        return true;
    case Qt::Key_Down:
    case Qt::Key_Right:
        moveSelection(index + 1);
        return true;
    case Qt::Key_Home:
        moveSelection(0);
        return true;
    case Qt::Key_End:
        moveSelection(static_cast<int>(m_cards.size()) - 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        source->click();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace spinereview
