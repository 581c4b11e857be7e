// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QAbstractButton>

class QLabel;

namespace spinereview {

// One requested component's determination as a card: status icon, word and colour bar, the component's
// name, its levels and the engine's summary sentence. A button, so it takes focus, clicks with the mouse
// or the space bar and tells a screen reader whether it is the selected one (checked).
class DeterminationCard final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeterminationCard)

public:
    explicit DeterminationCard(Component component, QWidget* parent = nullptr);

    Component component() const { return m_component; }
    Status status() const { return m_status; }
    // Shows `outcome`, which must be of this card's component.
    // `set` is the set that evaluated it: its criteria texts are shown in the desk's language.
    void setOutcome(const ComponentOutcome& outcome, const CriteriaSet* set = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Component m_component;
    Status m_status = Status::Incomplete;
    QLabel* m_icon;
    QLabel* m_word;
    QLabel* m_name;
    QLabel* m_levels;
    QLabel* m_summary;
};

} // namespace spinereview
