// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/review.h"
#include "storage/reviewer.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

#include <functional>

namespace spinereview {

class AuditLog;
class Database;
struct EvaluationResult;

// The stored reviews. A review is made from an evaluation (its criteria set fixed from then on) and saved as
// the reviewer works: decisions, reasons, notes, assignment, status and — while the review is open — the
// engine's determinations of the case as edited (Review::followEvaluation), all in one transaction with their
// audit entries. A save names the row version it was read at and is refused with a
// Conflict when someone saved the review since (optimistic locking: nothing is locked while a review is
// open, and nobody's work is silently overwritten).
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    ReviewRepository(const Database& database, const AuditLog& audit);

    // A draft review of a stored case with the engine's determinations of `result`.
    StorageResult<Review> create(qint64 caseRef, const EvaluationResult& result, const Actor& actor) const;
    // Saves `review` (read at review.rowVersion) as `actor`, under ReviewRules; returns it as now stored.
    StorageResult<Review> save(const Review& review, const Actor& actor) const;

    StorageResult<Review> find(qint64 ref) const;
    StorageResult<QList<Review>> forCase(qint64 caseRef) const;
    // Every review in ref order, read in batches; `visit` returns false to stop.
    StorageStatus forEach(const std::function<bool(const Review&)>& visit) const;

private:
    StorageResult<QList<Review>> load(const QString& where, const QVariantList& values, const QString& tail) const;
    StorageStatus writeChanges(const Review& stored, const Review& changed, const Actor& actor) const;
    StorageStatus writeComponents(const Review& stored, const Review& changed, const Actor& actor) const;

    const Database& m_database;
    const AuditLog& m_audit;
};

} // namespace spinereview
