// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace spinereview {

using namespace Qt::StringLiterals;

QJsonObject AuditEntry::detailsObject() const
{
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

AuditLog::AuditLog(const Database& database)
    : m_database(database)
{}

QByteArray AuditLog::canonicalText(const AuditEntry& entry)
{
    QByteArray text;
    const auto field = [&text](const QString& value) {
        const QByteArray bytes = value.toUtf8();
        text += QByteArray::number(bytes.size()) + ':' + bytes + '\n';
    };
    field(QString::number(entry.seq));
    field(QString::number(entry.at.toMSecsSinceEpoch()));
    field(entry.actor);
    field(entry.action);
    field(entry.entity);
    field(QString::number(entry.entityRef));
    field(entry.details);
    field(entry.prevHash);
    return text;
}

QString AuditLog::entryHash(const AuditEntry& entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalText(entry), QCryptographicHash::Sha256).toHex());
}

StorageResult<AuditEntry> AuditLog::append(const Actor& actor, QLatin1StringView action, QLatin1StringView entity,
                                           qint64 entityRef, const QJsonObject& details) const
{
    Transaction transaction(m_database);
    if (transaction.error())
        return *transaction.error();
    // Taking the head row first makes a second writer wait here until this transaction ends, then read the
    // head this one leaves: the chain never forks.
    QSqlQuery claim(m_database.connection());
    if (!claim.exec(u"UPDATE audit_head SET seq = seq + 1 WHERE id = 1"_s))
        return m_database.failure(claim, tr("claiming the next audit entry"));
    QSqlQuery head(m_database.connection());
    if (!head.exec(u"SELECT seq, hash FROM audit_head WHERE id = 1"_s) || !head.next())
        return m_database.failure(head, tr("reading the audit head"));

    QJsonObject recorded = details;
    if (actor.role)
        recorded.insert(u"actorRole"_s, enumToString(*actor.role));
    AuditEntry entry;
    entry.seq = head.value(0).toLongLong();
    entry.prevHash = head.value(1).toString();
    head.finish();
    // Millisecond precision is what the column keeps, so the hash is computed over the stored value.
    entry.at = SqlValues::toTime(SqlValues::time(m_database.now()));
    entry.actor = actor.name;
    entry.action = action;
    entry.entity = entity;
    entry.entityRef = entityRef;
    entry.details = QString::fromUtf8(QJsonDocument(recorded).toJson(QJsonDocument::Compact));
    entry.hash = entryHash(entry);

    QSqlQuery insert(m_database.connection());
    const QString appending = tr("appending audit entry %1").arg(entry.seq);
    if (auto failed = m_database.prepare(
            insert,
            u"INSERT INTO audit_log (seq, at, actor, action, entity, entity_ref, details, prev_hash, hash) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            appending))
        return *failed;
    insert.addBindValue(entry.seq);
    insert.addBindValue(SqlValues::time(entry.at));
    insert.addBindValue(SqlValues::requiredText(entry.actor));
    insert.addBindValue(entry.action);
    insert.addBindValue(entry.entity);
    insert.addBindValue(entry.entityRef);
    insert.addBindValue(entry.details);
    insert.addBindValue(entry.prevHash);
    insert.addBindValue(entry.hash);
    if (!insert.exec())
        return m_database.failure(insert, appending);
    QSqlQuery update(m_database.connection());
    const QString recording = tr("recording audit entry %1 as the head").arg(entry.seq);
    if (auto failed = m_database.prepare(update, u"UPDATE audit_head SET hash = ? WHERE id = 1"_s, recording))
        return *failed;
    update.addBindValue(entry.hash);
    if (!update.exec())
        return m_database.failure(update, recording);
    if (auto failed = transaction.commit())
        return *failed;
    return entry;
}

StorageResult<QList<AuditEntry>> AuditLog::entriesFor(QLatin1StringView entity, qint64 entityRef) const
{
    QSqlQuery query(m_database.connection());
    //: %1 is the kind of record as the audit trail names it (case, review, reviewer, database), %2 its number
    const QString reading = tr("reading the audit entries of %1 %2").arg(QString(entity), QString::number(entityRef));
    if (auto failed = m_database.prepare(
            query,
            u"SELECT seq, at, actor, action, entity, entity_ref, details, prev_hash, hash FROM audit_log "
            u"WHERE entity = ? AND entity_ref = ? ORDER BY seq"_s,
            reading))
        return *failed;
    query.addBindValue(QString(entity));
    query.addBindValue(entityRef);
    if (!query.exec())
        return m_database.failure(query, reading);
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append(entryFromRow(query));
    }
    return entries;
}

AuditEntry AuditLog::entryFromRow(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = SqlValues::toTime(query.value(1));
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.entityRef = query.value(5).toLongLong();
    entry.details = query.value(6).toString();
    entry.prevHash = query.value(7).toString();
    entry.hash = query.value(8).toString();
    return entry;
}

} // namespace spinereview
