// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/review.h"
#include "storage/reviewer.h"
#include "storage/reviewrepository.h"
#include "storage/storedcase.h"

#include <QObject>

#include <optional>

namespace spinereview {

class CaseDocument;
class Database;
class EvaluationController;

// The stored review open in the desk: its case in the case document, its criteria set in the evaluation,
// and a working copy of what the reviewer decides — decisions with reasons, notes per criterion, status —
// until Save writes the case and the review together, in one transaction, as the reviewer working now.
class ReviewSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSession)

public:
    ReviewSession(CaseDocument& document, EvaluationController& evaluation, const Database& database,
                  QObject* parent = nullptr);

    bool isOpen() const { return m_review.has_value(); }
    // The working copy and the case as stored; only while isOpen().
    const Review& review() const { return *m_review; }
    const StoredCase& storedCase() const { return m_case; }
    // Whether the decisions, notes or status differ from the review as stored (the case document keeps its
    // own modified flag).
    bool isReviewModified() const;

    // Who saves: the reviewer chosen in the desk. Without one, saves are refused with a message saying so.
    void setActor(const std::optional<Actor>& actor);
    const std::optional<Actor>& actor() const { return m_actor; }

    // Opens a review and its case into the desk; with `recovered`, that version of the case (a draft's,
    // unsaved) instead of the stored one. On failure the desk keeps what it had.
    StorageStatus open(qint64 reviewRef, const std::optional<SpineCase>& recovered = std::nullopt);
    // Leaves the review (the desk goes on with whatever case it holds, as a case of its own).
    void close();

    void setDecision(Component component, std::optional<Status> decision);
    void setReason(Component component, const QString& reason);
    // An empty text removes the note.
    void setNote(const QString& criterionId, std::optional<Level> level, const QString& text);
    void setStatus(ReviewStatus status);
    void setReviewer(std::optional<qint64> reviewerRef);
    // Replaces the working copy's decisions, notes, status and assignment (a recovered draft).
    void restoreWorkingCopy(const Review& working);

    // Saves the case (when edited) and the review, the engine's determinations re-evaluated for the case as
    // saved. Nothing is written when anything is refused; the error says what and why.
    StorageStatus save();

signals:
    void opened();
    void closed();
    // The working copy changed (a decision, reason, note, status or assignment).
    void reviewEdited();
    void saved();

private:
    // The engine's determinations for the case as it stands, under the review's own criteria set, or an
    // error when this installation does not have that set in that version.
    StorageResult<EvaluationResult> evaluateUnderReviewSet() const;
    ComponentDecision* decisionOf(Component component);
    void edited();

    CaseDocument& m_document;
    EvaluationController& m_evaluation;
    const Database& m_database;
    AuditLog m_audit;
    CaseRepository m_cases;
    ReviewRepository m_reviews;
    std::optional<Actor> m_actor;
    StoredCase m_case;
    std::optional<Review> m_stored;
    std::optional<Review> m_review;
    bool m_replacingDocument = false;
};

} // namespace spinereview
