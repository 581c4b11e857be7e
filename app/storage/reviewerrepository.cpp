// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/reviewerrepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace spinereview {

using namespace Qt::StringLiterals;

ReviewerRepository::ReviewerRepository(const Database& database, const AuditLog& audit)
    : m_database(database)
    , m_audit(audit)
{}

StorageResult<QList<Reviewer>> ReviewerRepository::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    const QString reading = tr("reading reviewers");
    if (auto failed = m_database.prepare(
            query, u"SELECT id, name, role, created_at FROM reviewers WHERE %1 ORDER BY name, id"_s.arg(where),
            reading))
        return *failed;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.failure(query, reading);
    QList<Reviewer> reviewers;
    while (query.next()) {
        Reviewer reviewer;
        reviewer.ref = query.value(0).toLongLong();
        reviewer.name = query.value(1).toString();
        reviewer.role = enumFromString<ReviewerRole>(query.value(2).toString()).value_or(ReviewerRole::NurseReviewer);
        reviewer.createdAt = SqlValues::toTime(query.value(3));
        reviewers.append(reviewer);
    }
    return reviewers;
}

StorageResult<Reviewer> ReviewerRepository::add(const QString& name, ReviewerRole role, const Actor& actor) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return StorageError{StorageError::Kind::Invalid, tr("a reviewer needs a name")};
    Transaction transaction(m_database);
    if (transaction.error())
        return *transaction.error();
    StorageResult<std::optional<Reviewer>> existing = findByName(trimmed);
    if (!existing.ok())
        return existing.error();
    if (existing.value())
        return StorageError{StorageError::Kind::Invalid, tr("a reviewer named \"%1\" already exists (reviewer %2)")
                                                             .arg(trimmed, QString::number(existing.value()->ref))};
    QSqlQuery insert(m_database.connection());
    const QString adding = tr("adding reviewer \"%1\"").arg(trimmed);
    if (auto failed = m_database.prepare(
            insert, u"INSERT INTO reviewers (name, role, created_at) VALUES (?, ?, ?) RETURNING id"_s, adding))
        return *failed;
    insert.addBindValue(trimmed);
    insert.addBindValue(enumToString(role));
    insert.addBindValue(SqlValues::time(m_database.now()));
    if (!insert.exec() || !insert.next())
        return m_database.failure(insert, adding);
    const qint64 ref = insert.value(0).toLongLong();
    insert.finish();
    const QJsonObject details{{u"name"_s, trimmed}, {u"role"_s, enumToString(role)}};
    if (auto appended = m_audit.append(actor, AuditAction::reviewerAdd, "reviewer"_L1, ref, details); !appended.ok())
        return appended.error();
    StorageResult<Reviewer> added = find(ref);
    if (!added.ok())
        return added;
    if (auto failed = transaction.commit())
        return *failed;
    return added;
}

StorageResult<Reviewer> ReviewerRepository::find(qint64 ref) const
{
    StorageResult<QList<Reviewer>> found = select(u"id = ?"_s, {ref});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return StorageError{StorageError::Kind::NotFound, tr("there is no reviewer %1").arg(ref)};
    return found.value().first();
}

StorageResult<std::optional<Reviewer>> ReviewerRepository::findByName(const QString& name) const
{
    StorageResult<QList<Reviewer>> found = select(u"name = ?"_s, {name.trimmed()});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return std::optional<Reviewer>();
    return std::optional<Reviewer>(found.value().first());
}

StorageResult<QList<Reviewer>> ReviewerRepository::list() const
{
    return select(u"1 = 1"_s, {});
}

} // namespace spinereview
