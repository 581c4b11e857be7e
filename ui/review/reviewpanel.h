// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reviewenums.h"

#include <QWidget>

#include <functional>

class QLabel;
class QAction;
class QTableView;

namespace spinereview {

class ComponentDecisionsModel;
class CriterionNotesModel;
class EvaluationController;
class IssueLabel;
class ReviewerPicker;
class ReviewSession;

// The reviewer's part of a stored review, under the desk: who is working, the review's status and clock,
// a decision per component (with the reason a decision that differs from the engine's must give), notes on
// criteria, and the steps of the review's way — start, send to a physician advisor, return, determine — each
// saved as it is taken, as the reviewer the picker names. The engine's determinations stay beside the
// decisions: the reviewer decides.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    // `save` saves the case and review (showing any problem) and says whether it did.
    ReviewPanel(ReviewSession& session, const EvaluationController& evaluation, ReviewerPicker* picker,
                std::function<bool()> save, QWidget* parent = nullptr);

    // Moves the review to `status` and saves it; on a refused save the working copy keeps its old status.
    bool moveTo(ReviewStatus status);
    // Notes a criterion of the review's set at a level (nullopt: the whole case); asks for the text.
    void addNote();
    void showMessage(const QString& message);

    // The review's steps, for the desk's Review menu and the panel's buttons alike: assign to me, start,
    // send to a physician advisor, return to review, determine, save, add a note — enabled as the rules allow.
    QList<QAction*> stepActions() const;

private:
    void refresh();
    void removeSelectedNote();

    ReviewSession& m_session;
    const EvaluationController& m_evaluation;
    ReviewerPicker* m_picker;
    std::function<bool()> m_save;
    ComponentDecisionsModel* m_decisions;
    CriterionNotesModel* m_notes;
    QLabel* m_title;
    QLabel* m_status;
    QTableView* m_decisionsView;
    QTableView* m_notesView;
    IssueLabel* m_message;
    QAction* m_assign;
    QAction* m_start;
    QAction* m_toAdvisor;
    QAction* m_back;
    QAction* m_determine;
    QAction* m_saveReview;
    QAction* m_addNote;
    QAction* m_removeNote;
};

} // namespace spinereview
