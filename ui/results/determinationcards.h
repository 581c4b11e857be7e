// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace spinereview {

class DeterminationCard;

// The answer first: one card per requested component, in the request's order. The reviewer picks the
// component whose reasons the panels below explain, by mouse or keyboard (arrows, Home/End, Tab, space).
class DeterminationCards final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeterminationCards)

public:
    explicit DeterminationCards(QWidget* parent = nullptr);

    // Shows `result`. The selection stays on the same component when it is still requested, else moves
    // to the first; this never emits componentSelected (the caller knows it just changed the result).
    void setResult(const EvaluationResult& result);
    std::optional<Component> selectedComponent() const { return m_selected; }
    DeterminationCard* card(Component component) const;

public slots:
    // Selects a component's card; emits componentSelected when the selection changes.
    void selectComponent(Component component);

signals:
    void componentSelected(Component component);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild(const std::vector<Component>& components);
    void updateChecks();
    void moveSelection(int cardIndex);

    QVBoxLayout* m_layout;
    QLabel* m_empty;
    std::vector<DeterminationCard*> m_cards;
    std::optional<Component> m_selected;
};

} // namespace spinereview
