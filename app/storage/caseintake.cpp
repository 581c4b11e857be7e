// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/caseintake.h"

#include "core/engine/evaluator.h"
#include "storage/caserepository.h"
#include "storage/reviewrepository.h"
#include "storage/transaction.h"

#include <QFile>

namespace spinereview {

using namespace Qt::StringLiterals;

CaseIntake::CaseIntake(const Database& database, const AuditLog& audit)
    : m_database(database)
    , m_audit(audit)
{}

StorageResult<IntakeOutcome> CaseIntake::importFile(const QString& path, const CriteriaSetPtr& set, QDate today,
                                                    const Actor& actor) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError{StorageError::Kind::Invalid, tr("%1: cannot read: %2").arg(path, file.errorString())};
    return importDocument(file.readAll(), path, set, today, actor);
}

StorageResult<IntakeOutcome> CaseIntake::importDocument(const QByteArray& document, const QString& sourceName,
                                                        const CriteriaSetPtr& set, QDate today,
                                                        const Actor& actor) const
{
    if (!set)
        return StorageError{StorageError::Kind::Invalid,
                            tr("%1: no criteria set to evaluate it under; nothing was stored").arg(sourceName)};
    const StorageResult<SpineCase> read = CaseRepository::parse(document, sourceName);
    if (!read.ok())
        return read.error();
    const EvaluationResult result = Evaluator::evaluate(read.value(), set, read.value().reviewDate.value_or(today));

    Transaction transaction(m_database);
    if (transaction.error())
        return *transaction.error();
    StorageResult<CaseRepository::Import> imported =
        CaseRepository(m_database, m_audit).import(document, sourceName, actor);
    if (!imported.ok())
        return imported.error();
    IntakeOutcome outcome;
    outcome.stored = imported.value().stored;
    outcome.unchanged = imported.value().outcome == CaseRepository::ImportOutcome::Unchanged;
    if (!outcome.unchanged) {
        StorageResult<Review> review = ReviewRepository(m_database, m_audit).create(outcome.stored.ref, result, actor);
        if (!review.ok())
            return review.error();
        outcome.review = review.take();
    }
    if (auto failed = transaction.commit())
        return *failed;
    return outcome;
}

} // namespace spinereview
