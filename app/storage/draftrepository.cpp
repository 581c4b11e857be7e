// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/draftrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// What a save writes: owner, case_ref, review_ref, source_path, document, review_state, saved_at.
void bindColumns(QSqlQuery& query, const Draft& draft)
{
    query.addBindValue(SqlValues::requiredText(draft.owner));
    query.addBindValue(SqlValues::ref(draft.caseRef));
    query.addBindValue(SqlValues::ref(draft.reviewRef));
    query.addBindValue(SqlValues::requiredText(draft.sourcePath));
    query.addBindValue(SqlValues::requiredBytes(draft.document));
    query.addBindValue(SqlValues::requiredBytes(draft.reviewState));
    query.addBindValue(SqlValues::time(draft.savedAt));
}

} // namespace

DraftRepository::DraftRepository(const Database& database)
    : m_database(database)
{}

StorageResult<QList<Draft>> DraftRepository::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString reading = tr("reading drafts");
    if (auto failed = m_database.prepare(
            query,
            u"SELECT id, owner, case_ref, review_ref, source_path, document, review_state, saved_at FROM drafts "
            u"WHERE %1 ORDER BY saved_at DESC, id DESC"_s.arg(where),
            reading))
        return *failed;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.failure(query, reading);
    QList<Draft> drafts;
    while (query.next()) {
        Draft draft;
        draft.ref = query.value(0).toLongLong();
        draft.owner = query.value(1).toString();
        draft.caseRef = SqlValues::toOptionalRef(query.value(2));
        draft.reviewRef = SqlValues::toOptionalRef(query.value(3));
        draft.sourcePath = query.value(4).toString();
        draft.document = query.value(5).toByteArray();
        draft.reviewState = query.value(6).toByteArray();
        draft.savedAt = SqlValues::toTime(query.value(7));
        drafts.append(draft);
    }
    return drafts;
}

StorageResult<Draft> DraftRepository::save(const Draft& draft) const
{
    if (draft.owner.trimmed().isEmpty())
        return StorageError{StorageError::Kind::Invalid,
                            tr("a draft names whose working copy it is; nothing was saved")};
    Draft saved = draft;
    // As the column keeps it: whole milliseconds.
    saved.savedAt = SqlValues::toTime(SqlValues::time(m_database.now()));
    Transaction transaction(m_database);
    if (transaction.error())
        return *transaction.error();
    bool replaced = false;
    if (saved.ref != 0) {
        QSqlQuery update(m_database.connection());
        const QString saving = tr("saving draft %1").arg(saved.ref);
        if (auto failed = m_database.prepare(update,
                                             u"UPDATE drafts SET owner = ?, case_ref = ?, review_ref = ?, "
                                             u"source_path = ?, document = ?, review_state = ?, saved_at = ? "
                                             u"WHERE id = ?"_s,
                                             saving))
            return *failed;
        bindColumns(update, saved);
        update.addBindValue(saved.ref);
        if (!update.exec())
            return m_database.failure(update, saving);
        replaced = update.numRowsAffected() == 1;
    }
    if (!replaced) {
        QSqlQuery insert(m_database.connection());
        //: %1 is the name of the reviewer whose working copy it is
        const QString saving = tr("saving the draft of %1").arg(saved.owner);
        if (auto failed = m_database.prepare(insert,
                                             u"INSERT INTO drafts (owner, case_ref, review_ref, source_path, document, "
                                             u"review_state, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                             saving))
            return *failed;
        bindColumns(insert, saved);
        if (!insert.exec() || !insert.next())
            return m_database.failure(insert, saving);
        saved.ref = insert.value(0).toLongLong();
    }
    if (auto failed = transaction.commit())
        return *failed;
    return saved;
}

StorageResult<QList<Draft>> DraftRepository::forOwner(const QString& owner) const
{
    return select(u"owner = ?"_s, {SqlValues::requiredText(owner)});
}

StorageResult<QList<Draft>> DraftRepository::all() const
{
    return select(u"1 = 1"_s, {});
}

StorageStatus DraftRepository::remove(qint64 ref) const
{
    QSqlQuery remove(m_database.connection());
    const QString removing = tr("removing draft %1").arg(ref);
    if (auto failed = m_database.prepare(remove, u"DELETE FROM drafts WHERE id = ?"_s, removing))
        return failed;
    remove.addBindValue(ref);
    if (!remove.exec())
        return m_database.failure(remove, removing);
    return std::nullopt;
}

} // namespace spinereview
