// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/caserepository.h"

#include "core/case/casereader.h"
#include "core/i18n/enginephrases.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/searchkey.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "storage/turnaroundclock.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

const QString caseColumns = u"id, case_id, patient_id, levels, payer, urgency, received_at, due_at, document, "
                            u"document_sha256, imported_at, updated_at, row_version"_s;

// The worklist's columns, copied out of a case that has passed the reader.
struct IndexedColumns
{
    QString caseId;
    std::optional<QString> patientId;
    QString levels;
    std::optional<QString> payer;
    std::optional<Urgency> urgency;
    std::optional<QDateTime> receivedAt;
    std::optional<QDateTime> dueAt;

    explicit IndexedColumns(const SpineCase& spineCase)
        : caseId(spineCase.caseId)
        , urgency(spineCase.request.urgency)
        , receivedAt(spineCase.request.receivedAt)
        , dueAt(TurnaroundClock::dueAt(spineCase.request.urgency, spineCase.request.receivedAt))
    {
        if (spineCase.patient && spineCase.patient->id)
            patientId = *spineCase.patient->id;
        if (spineCase.coverage && spineCase.coverage->payer)
            payer = *spineCase.coverage->payer;
        QStringList names;
        for (Level level : spineCase.request.levels)
            names.append(enumToString(level));
        levels = names.join(u' ');
    }
};

StoredCase readCase(const QSqlQuery& query)
{
    StoredCase stored;
    stored.ref = query.value(0).toLongLong();
    stored.caseId = query.value(1).toString();
    stored.patientId = SqlValues::toOptionalText(query.value(2));
    const QStringList levels = query.value(3).toString().split(u' ', Qt::SkipEmptyParts);
    for (const QString& name : levels) {
        if (const auto level = enumFromString<Level>(name))
            stored.levels.append(*level);
    }
    stored.payer = SqlValues::toOptionalText(query.value(4));
    if (!query.value(5).isNull())
        stored.urgency = enumFromString<Urgency>(query.value(5).toString());
    stored.receivedAt = SqlValues::toOptionalTime(query.value(6));
    stored.dueAt = SqlValues::toOptionalTime(query.value(7));
    stored.document = query.value(8).toByteArray();
    stored.documentSha256 = query.value(9).toString();
    stored.importedAt = SqlValues::toTime(query.value(10));
    stored.updatedAt = SqlValues::toTime(query.value(11));
    stored.rowVersion = query.value(12).toInt();
    return stored;
}

void bindIndexed(QSqlQuery& query, const IndexedColumns& columns)
{
    query.addBindValue(columns.caseId);
    query.addBindValue(SearchKey::of(columns.caseId));
    query.addBindValue(SqlValues::text(columns.patientId));
    query.addBindValue(columns.patientId ? QVariant(SearchKey::of(*columns.patientId))
                                         : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(columns.levels);
    query.addBindValue(SqlValues::text(columns.payer));
    query.addBindValue(columns.urgency ? QVariant(enumToString(*columns.urgency))
                                       : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(SqlValues::time(columns.receivedAt));
    query.addBindValue(SqlValues::time(columns.dueAt));
}

} // namespace

CaseRepository::CaseRepository(const Database& database, const AuditLog& audit)
    : m_database(database)
    , m_audit(audit)
{}

StorageResult<SpineCase> CaseRepository::parse(const QByteArray& document, const QString& sourceName)
{
    CaseReadResult read = CaseReader::readBytes(document, sourceName);
    if (read.ok())
        return std::move(*read.value);
    // The case reader writes English; the desk shows these lines (a file refused at import, a case that no longer
    // reads) in its language, as it shows the same messages beside the forms. Without a translator — the command
    // line — EnginePhrases gives the reader's English back unchanged.
    QStringList lines;
    for (const ValidationIssue& issue : std::as_const(read.issues))
        lines.append(ValidationIssue{issue.file, issue.path, EnginePhrases::translate(issue.message)}.toString());
    return StorageError{StorageError::Kind::Invalid, lines.join(u'\n')};
}

QString CaseRepository::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

StorageResult<QList<StoredCase>> CaseRepository::select(const QString& where, const QVariantList& values,
                                                        const QString& tail) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString reading = tr("reading cases");
    if (auto failed =
            m_database.prepare(query, u"SELECT %1 FROM cases WHERE %2 %3"_s.arg(caseColumns, where, tail), reading))
        return *failed;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_database.failure(query, reading);
    QList<StoredCase> cases;
    while (query.next())
        cases.append(readCase(query));
    return cases;
}

StorageResult<StoredCase> CaseRepository::find(qint64 ref) const
{
    StorageResult<QList<StoredCase>> found = select(u"id = ?"_s, {ref});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return StorageError{StorageError::Kind::NotFound,
                            tr("there is no case %1 in %2").arg(QString::number(ref), m_database.location().display())};
    return found.value().first();
}

StorageResult<std::optional<StoredCase>> CaseRepository::findByCaseId(const QString& caseId) const
{
    StorageResult<QList<StoredCase>> found = select(u"case_id = ?"_s, {caseId});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return std::optional<StoredCase>();
    return std::optional<StoredCase>(found.value().first());
}

StorageResult<CaseRepository::Import> CaseRepository::import(const QByteArray& document, const QString& sourceName,
                                                             const Actor& actor) const
{
    const StorageResult<SpineCase> parsed = parse(document, sourceName);
    if (!parsed.ok())
        return parsed.error();
    const IndexedColumns columns(parsed.value());
    const QString digest = sha256(document);

    Transaction transaction(m_database);
    if (transaction.error())
        return *transaction.error();
    StorageResult<std::optional<StoredCase>> existing = findByCaseId(columns.caseId);
    if (!existing.ok())
        return existing.error();
    if (existing.value()) {
        const StoredCase& stored = *existing.value();
        if (stored.documentSha256 == digest) {
            // Committed, not abandoned: an unchanged file must not fail a caller's larger transaction.
            if (auto failed = transaction.commit())
                return *failed;
            return Import{stored, ImportOutcome::Unchanged};
        }
        //: %1 is the file, %2 the case id (caseId is the case file's key, kept as it is), %3 the stored case's
        //: number, %4 when it was imported
        return StorageError{
            StorageError::Kind::Invalid,
            tr("%1: caseId: \"%2\" is already stored (case %3, imported %4) with a different document; "
               "it was not replaced")
                .arg(sourceName, columns.caseId, QString::number(stored.ref), stored.importedAt.toString(Qt::ISODate))};
    }

    const QDateTime now = m_database.now();
    QSqlQuery insert(m_database.connection());
    const QString storing = tr("storing case \"%1\"").arg(columns.caseId);
    if (auto failed = m_database.prepare(
            insert,
            u"INSERT INTO cases (case_id, case_key, patient_id, patient_key, levels, payer, urgency, "
            u"received_at, due_at, document, document_sha256, imported_at, updated_at, row_version) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"_s,
            storing))
        return *failed;
    bindIndexed(insert, columns);
    insert.addBindValue(document);
    insert.addBindValue(digest);
    insert.addBindValue(SqlValues::time(now));
    insert.addBindValue(SqlValues::time(now));
    if (!insert.exec() || !insert.next())
        return m_database.failure(insert, storing);
    const qint64 ref = insert.value(0).toLongLong();
    insert.finish();

    const QJsonObject details{
        {u"caseId"_s, columns.caseId}, {u"sha256"_s, digest}, {u"bytes"_s, qint64(document.size())}};
    if (auto appended = m_audit.append(actor, AuditAction::caseImport, "case"_L1, ref, details); !appended.ok())
        return appended.error();
    StorageResult<StoredCase> stored = find(ref);
    if (!stored.ok())
        return stored.error();
    if (auto failed = transaction.commit())
        return *failed;
    return Import{stored.take(), ImportOutcome::Added};
}

StorageResult<StoredCase> CaseRepository::saveDocument(qint64 ref, const QByteArray& document, int expectedRowVersion,
                                                       const Actor& actor) const
{
    Transaction transaction(m_database);
    if (transaction.error())
        return *transaction.error();
    StorageResult<StoredCase> current = find(ref);
    if (!current.ok())
        return current.error();
    const StoredCase& stored = current.value();
    //: Where a stored case's problems are reported from, in place of a file name; %1 is its number
    const StorageResult<SpineCase> parsed = parse(document, tr("case %1").arg(ref));
    if (!parsed.ok())
        return parsed.error();
    const IndexedColumns columns(parsed.value());
    if (columns.caseId != stored.caseId)
        //: caseId is the case file's key, kept as it is
        return StorageError{StorageError::Kind::Invalid,
                            tr("case %1: the document's caseId \"%2\" is not the stored case's \"%3\"; a different "
                               "caseId is a different case, imported on its own")
                                .arg(QString::number(ref), columns.caseId, stored.caseId)};
    if (stored.rowVersion != expectedRowVersion)
        return StorageError{StorageError::Kind::Conflict,
                            tr("case \"%1\" was saved at %2 after you opened it (your version %3, now version %4); "
                               "your document was not saved: reopen the case and make your changes again")
                                .arg(stored.caseId, stored.updatedAt.toString(Qt::ISODate),
                                     QString::number(expectedRowVersion), QString::number(stored.rowVersion))};
    const QString digest = sha256(document);
    if (digest == stored.documentSha256) {
        if (auto failed = transaction.commit())
            return *failed;
        return current;
    }

    QSqlQuery keep(m_database.connection());
    const QString keeping =
        tr("keeping revision %1 of case \"%2\"").arg(QString::number(stored.rowVersion), stored.caseId);
    if (auto failed = m_database.prepare(keep,
                                         u"INSERT INTO case_revisions (case_ref, revision, document, document_sha256, "
                                         u"saved_at) VALUES (?, ?, ?, ?, ?)"_s,
                                         keeping))
        return *failed;
    keep.addBindValue(ref);
    keep.addBindValue(stored.rowVersion);
    keep.addBindValue(stored.document);
    keep.addBindValue(stored.documentSha256);
    keep.addBindValue(SqlValues::time(stored.updatedAt));
    if (!keep.exec())
        return m_database.failure(keep, keeping);

    QSqlQuery update(m_database.connection());
    const QString saving = tr("saving case \"%1\"").arg(stored.caseId);
    if (auto failed = m_database.prepare(
            update,
            u"UPDATE cases SET case_id = ?, case_key = ?, patient_id = ?, patient_key = ?, levels = ?, "
            u"payer = ?, urgency = ?, received_at = ?, due_at = ?, document = ?, document_sha256 = ?, "
            u"updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
            saving))
        return *failed;
    bindIndexed(update, columns);
    update.addBindValue(document);
    update.addBindValue(digest);
    update.addBindValue(SqlValues::time(m_database.now()));
    update.addBindValue(ref);
    update.addBindValue(expectedRowVersion);
    if (!update.exec())
        return m_database.failure(update, saving);
    if (update.numRowsAffected() != 1)
        return StorageError{StorageError::Kind::Conflict,
                            tr("case \"%1\" was saved by someone else at the same moment; your document was not "
                               "saved: reopen the case and make your changes again")
                                .arg(stored.caseId)};

    const QJsonObject details{{u"caseId"_s, stored.caseId},
                              {u"sha256"_s, digest},
                              {u"previousSha256"_s, stored.documentSha256},
                              {u"revisionKept"_s, stored.rowVersion}};
    if (auto appended = m_audit.append(actor, AuditAction::caseSave, "case"_L1, ref, details); !appended.ok())
        return appended.error();
    StorageResult<StoredCase> saved = find(ref);
    if (!saved.ok())
        return saved.error();
    if (auto failed = transaction.commit())
        return *failed;
    return saved;
}

StorageResult<QList<CaseRevision>> CaseRepository::revisions(qint64 ref) const
{
    QSqlQuery query(m_database.connection());
    const QString reading = tr("reading the revisions of case %1").arg(ref);
    if (auto failed = m_database.prepare(query,
                                         u"SELECT revision, document, document_sha256, saved_at FROM case_revisions "
                                         u"WHERE case_ref = ? ORDER BY revision"_s,
                                         reading))
        return *failed;
    query.addBindValue(ref);
    if (!query.exec())
        return m_database.failure(query, reading);
    QList<CaseRevision> out;
    while (query.next())
        out.append({query.value(0).toInt(), query.value(1).toByteArray(), query.value(2).toString(),
                    SqlValues::toTime(query.value(3))});
    return out;
}

StorageResult<qint64> CaseRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT count(*) FROM cases"_s) || !query.next())
        return m_database.failure(query, tr("counting cases"));
    return query.value(0).toLongLong();
}

StorageStatus CaseRepository::forEach(const std::function<bool(const StoredCase&)>& visit) const
{
    // Keyset batches: memory stays bounded whatever the number of cases, on both back ends.
    constexpr int batch = 500;
    QString after;
    bool first = true;
    for (;;) {
        StorageResult<QList<StoredCase>> page =
            first ? select(u"1 = 1"_s, {}, u"ORDER BY case_id LIMIT %1"_s.arg(batch))
                  : select(u"case_id > ?"_s, {after}, u"ORDER BY case_id LIMIT %1"_s.arg(batch));
        if (!page.ok())
            return page.error();
        for (const StoredCase& stored : std::as_const(page.value())) {
            if (!visit(stored))
                return std::nullopt;
        }
        if (page.value().size() < batch)
            return std::nullopt;
        after = page.value().last().caseId;
        first = false;
    }
}

} // namespace spinereview
