// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reviewer.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QList>

namespace spinereview {

class AuditLog;
class Database;

// The people who work the worklist: nurse reviewers, physician advisors, surgeons' offices. Names are unique.
class ReviewerRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewerRepository)

public:
    ReviewerRepository(const Database& database, const AuditLog& audit);

    StorageResult<Reviewer> add(const QString& name, ReviewerRole role, const Actor& actor) const;
    StorageResult<Reviewer> find(qint64 ref) const;
    StorageResult<std::optional<Reviewer>> findByName(const QString& name) const;
    StorageResult<QList<Reviewer>> list() const; // by name

private:
    StorageResult<QList<Reviewer>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
    const AuditLog& m_audit;
};

} // namespace spinereview
