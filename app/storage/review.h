// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/criteria/status.h"
#include "storage/reviewenums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace spinereview {

struct EvaluationResult;

// One requested component: the engine's determination and the reviewer's decision.
struct ComponentDecision
{
    Component component = Component::Fusion;
    Status engineStatus = Status::Incomplete;
    std::optional<Status> decision; // nullopt: not decided yet
    QString reason;                 // required whenever the decision differs from the engine's

    bool overridesEngine() const { return decision && *decision != engineStatus; }
};

// A reviewer's note on one criterion, at one level (nullopt: a criterion of the whole case).
struct CriterionNote
{
    QString criterionId;
    std::optional<Level> level;
    QString text;
};

// A stored review of a case under one criteria set. `rowVersion` is the version it was read at: saving it
// succeeds only while the stored review is still at that version.
struct Review
{
    qint64 ref = 0;
    qint64 caseRef = 0;
    QString criteriaId;
    QString criteriaVersion;
    QString criteriaSha256;
    QString engineVersion;
    QDate reviewDate;
    ReviewStatus status = ReviewStatus::Draft;
    std::optional<qint64> reviewerRef;
    QList<ComponentDecision> components; // in the request's order
    QList<CriterionNote> notes;          // sorted by criterion id, then level
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    std::optional<QDateTime> determinedAt;
    int rowVersion = 0;

    const ComponentDecision* component(Component component) const;
    ComponentDecision* component(Component component);
    // While a review is open, the engine's determinations follow the case as the reviewer edits it: the
    // components become the result's, in its order, with its statuses; a component still requested keeps its
    // decision and reason, one no longer requested is dropped. A decision the engine no longer agrees with then
    // needs its reason before the review can be saved (ReviewRules). `result` must be an evaluation under the
    // review's own criteria set (matchesCriteria): nothing here or in the save can tell otherwise.
    void followEvaluation(const EvaluationResult& result);
    // Whether `result` was evaluated under this review's criteria set (id, version and SHA-256): a review's
    // criteria set is fixed, and a result under another set belongs to a new review.
    bool matchesCriteria(const EvaluationResult& result) const;
    // SHA-256 (hex) of everything saved about the review, in a canonical text: the audit log records it with
    // every save, and `audit verify` compares it with the review as stored.
    QString stateDigest() const;
};

} // namespace spinereview
