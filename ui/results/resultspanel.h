// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/evidencelibrary.h"
#include "core/engine/evaluationresult.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace spinereview {

class CautionsPanel;
class ComparisonView;
class CriteriaSetBar;
class DeterminationCards;
class EvidencePanel;
class MissingDocumentsPanel;
class RationaleModel;
class RationaleView;

// The reviewer's answer column: the criteria set in force, a card per determination, the reasons for the
// selected one, its cautions, the records to request and the evidence for the selected criterion — or, on
// request, every component under every set side by side. It shows results; it never decides.
class ResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPanel)

public:
    ResultsPanel(std::shared_ptr<const EvidenceLibrary> evidence, const QList<CriteriaSetPtr>& sets,
                 QWidget* parent = nullptr);

    bool isComparisonShown() const;
    std::optional<Component> selectedComponent() const;
    const EvaluationResult& result() const { return m_result; }

public slots:
    // `current` under the selected set; `comparison` one result per set, for the comparison view.
    void setResults(const EvaluationResult& current, const QList<EvaluationResult>& comparison);
    // Swaps the column between the determinations and the comparison of every set.
    void showComparison(bool show);
    void selectComponent(Component component);
    // Moves the keyboard focus into the answer: the selected card, or the comparison table when it is shown.
    void focusAnswer();

signals:
    // A fact's case JSON path: the window moves to that field.
    void factActivated(const QString& path);
    // The reviewer asked for another criteria set.
    void setRequested(const QString& id);
    void comparisonShown(bool shown);

private:
    void showComponent();
    void showEvidence(const CriterionNode* node);
    void compareCellActivated(const QString& setId, Component component);
    QWidget* titled(const QString& objectName, QLabel* heading, QWidget* content);

    EvaluationResult m_result;
    CriteriaSetBar* m_setBar;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    QLabel* m_cardsHeading;
    DeterminationCards* m_cards;
    QLabel* m_rationaleHeading;
    RationaleModel* m_rationaleModel;
    RationaleView* m_rationale;
    CautionsPanel* m_cautions;
    MissingDocumentsPanel* m_missing;
    EvidencePanel* m_evidence;
    ComparisonView* m_comparison;
};

} // namespace spinereview
