// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewsession.h"

#include "core/case/casereader.h"
#include "core/case/casewriter.h"
#include "core/engine/evaluator.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "storage/database.h"
#include "storage/reviewrules.h"
#include "storage/transaction.h"

#include <QScopedValueRollback>

namespace spinereview {

using namespace Qt::StringLiterals;

ReviewSession::ReviewSession(CaseDocument& document, EvaluationController& evaluation, const Database& database,
                             QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_evaluation(evaluation)
    , m_database(database)
    , m_audit(database)
    , m_cases(database, m_audit)
    , m_reviews(database, m_audit)
{
    // Opening another case (New, Open, a recent file) leaves the review; the case stays in the desk.
    connect(&m_document, &CaseDocument::caseReplaced, this, [this] {
        if (!m_replacingDocument)
            close();
    });
}

bool ReviewSession::isReviewModified() const
{
    return m_review && m_stored && ReviewRules::changes(*m_stored, *m_review);
}

void ReviewSession::setActor(const std::optional<Actor>& actor)
{
    m_actor = actor;
}

StorageStatus ReviewSession::open(qint64 reviewRef, const std::optional<SpineCase>& recovered)
{
    StorageResult<Review> review = m_reviews.find(reviewRef);
    if (!review.ok())
        return review.error();
    StorageResult<StoredCase> stored = m_cases.find(review.value().caseRef);
    if (!stored.ok())
        return stored.error();
    const CaseReadResult read = CaseReader::readBytes(stored.value().document, stored.value().caseId);
    if (!read.ok()) {
        QStringList problems;
        for (const ValidationIssue& issue : read.issues)
            problems.append(issue.toString());
        return StorageError{
            StorageError::Kind::Invalid,
            tr("The stored case %1 cannot be read: %2").arg(stored.value().caseId, problems.join(u"; "_s))};
    }

    m_case = stored.take();
    m_stored = review.value();
    m_review = review.take();
    {
        const QScopedValueRollback replacing(m_replacingDocument, true);
        m_document.replace(recovered ? *recovered : *read.value, {}, recovered.has_value());
    }
    // The desk shows the review's own criteria set; another set stays one click away in the results.
    m_evaluation.setCurrentSet(m_review->criteriaId);
    emit opened();
    return std::nullopt;
}

void ReviewSession::close()
{
    if (!m_review)
        return;
    m_review.reset();
    m_stored.reset();
    m_case = {};
    emit closed();
}

ComponentDecision* ReviewSession::decisionOf(Component component)
{
    return m_review ? m_review->component(component) : nullptr;
}

void ReviewSession::edited()
{
    emit reviewEdited();
}

void ReviewSession::setDecision(Component component, std::optional<Status> decision)
{
    ComponentDecision* entry = decisionOf(component);
    if (!entry || entry->decision == decision)
        return;
    entry->decision = decision;
    edited();
}

void ReviewSession::setReason(Component component, const QString& reason)
{
    ComponentDecision* entry = decisionOf(component);
    if (!entry || entry->reason == reason)
        return;
    entry->reason = reason;
    edited();
}

void ReviewSession::setNote(const QString& criterionId, std::optional<Level> level, const QString& text)
{
    if (!m_review)
        return;
    QList<CriterionNote>& notes = m_review->notes;
    const auto same = [&](const CriterionNote& note) { return note.criterionId == criterionId && note.level == level; };
    const auto found = std::find_if(notes.begin(), notes.end(), same);
    if (text.trimmed().isEmpty()) {
        if (found == notes.end())
            return;
        notes.erase(found);
    } else if (found != notes.end()) {
        if (found->text == text)
            return;
        found->text = text;
    } else {
        // Kept in the order the repository reads them back: by criterion, then level (whole case first).
        const auto before = [](const CriterionNote& a, const CriterionNote& b) {
            return a.criterionId != b.criterionId ? a.criterionId < b.criterionId
                                                  : (a.level ? int(*a.level) : -1) < (b.level ? int(*b.level) : -1);
        };
        CriterionNote note{criterionId, level, text};
        notes.insert(std::upper_bound(notes.begin(), notes.end(), note, before), note);
    }
    edited();
}

void ReviewSession::setStatus(ReviewStatus status)
{
    if (!m_review || m_review->status == status)
        return;
    m_review->status = status;
    edited();
}

void ReviewSession::setReviewer(std::optional<qint64> reviewerRef)
{
    if (!m_review || m_review->reviewerRef == reviewerRef)
        return;
    m_review->reviewerRef = reviewerRef;
    edited();
}

void ReviewSession::restoreWorkingCopy(const Review& working)
{
    if (!m_review)
        return;
    m_review->status = working.status;
    m_review->reviewerRef = working.reviewerRef;
    m_review->notes = working.notes;
    for (ComponentDecision& decision : m_review->components) {
        if (const ComponentDecision* recovered = working.component(decision.component)) {
            decision.decision = recovered->decision;
            decision.reason = recovered->reason;
        }
    }
    edited();
}

StorageResult<EvaluationResult> ReviewSession::evaluateUnderReviewSet() const
{
    const CriteriaSetPtr set = m_evaluation.catalog().find(m_review->criteriaId);
    if (!set || set->info.version != m_review->criteriaVersion || set->info.sha256 != m_review->criteriaSha256)
        return StorageError{
            StorageError::Kind::Invalid,
            tr("Review %1 was made under %2 version %3 (sha256 %4…), which this installation does "
               "not have, so the case cannot be evaluated again; nothing was saved")
                .arg(m_review->ref)
                .arg(m_review->criteriaId, m_review->criteriaVersion, m_review->criteriaSha256.left(12))};
    return Evaluator::evaluate(m_document.spineCase(), set, m_evaluation.reviewDate());
}

StorageStatus ReviewSession::save()
{
    if (!m_review)
        return StorageError{StorageError::Kind::NotFound, tr("No stored review is open")};
    if (!m_actor)
        return StorageError{StorageError::Kind::Invalid,
                            tr("Choose who you are (Review → Working as…) before saving: the audit trail names "
                               "the reviewer of every save; nothing was saved")};
    StorageResult<EvaluationResult> evaluation = evaluateUnderReviewSet();
    if (!evaluation.ok())
        return evaluation.error();
    Review changed = *m_review;
    changed.followEvaluation(evaluation.value());

    Transaction transaction(m_database);
    if (transaction.error())
        return transaction.error();
    StoredCase savedCase = m_case;
    if (m_document.isModified()) {
        StorageResult<StoredCase> written =
            m_cases.saveDocument(m_case.ref, CaseWriter::toBytes(m_document.spineCase()), m_case.rowVersion, *m_actor);
        if (!written.ok())
            return written.error();
        savedCase = written.take();
    }
    StorageResult<Review> savedReview = m_reviews.save(changed, *m_actor);
    if (!savedReview.ok())
        return savedReview.error();
    if (StorageStatus committed = transaction.commit())
        return committed;

    m_case = std::move(savedCase);
    m_stored = savedReview.value();
    m_review = savedReview.take();
    m_document.markSaved();
    emit saved();
    emit reviewEdited();
    return std::nullopt;
}

} // namespace spinereview
