// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasebackup.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace spinereview {

using namespace Qt::StringLiterals;

// Backups are written and restored only by the command line (`db backup`, `db restore`), whose output is English
// (it installs no translator): these messages stay plain English. Failures of the statements underneath come
// through Database::failure, like every storage error.

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Tables whose id is generated: after rows are copied in with their ids, PostgreSQL's sequences must move
// past them.
const QStringList generatedIds = {u"reviewers"_s, u"cases"_s, u"reviews"_s, u"drafts"_s};

QString orderColumns(const QString& table)
{
    if (table == "case_revisions"_L1)
        return u"case_ref, revision"_s;
    if (table == "review_components"_L1 || table == "criterion_notes"_L1)
        return u"review_ref"_s;
    if (table == "audit_log"_L1)
        return u"seq"_s;
    return u"id"_s;
}

// Copies every row of `tables` from `source` into the target database, inside the caller's transaction.
StorageStatus copyRows(const QSqlDatabase& source, const Database& target, const QString& sourceName)
{
    for (const QString& table : DatabaseBackup::tables()) {
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, orderColumns(table))))
            return StorageError{StorageError::Kind::Failed,
                                u"reading %1 from %2: %3"_s.arg(table, sourceName, read.lastError().text())};
        const QSqlRecord record = read.record();
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            columns.append(record.fieldName(i));
            marks.append(u"?"_s);
        }
        QSqlQuery write(target.connection());
        if (auto failed = target.prepare(
                write, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)),
                u"preparing to copy %1"_s.arg(table)))
            return failed;
        while (read.next()) {
            for (int i = 0; i < record.count(); ++i)
                write.addBindValue(read.value(i));
            if (!write.exec())
                return target.failure(write, u"copying %1"_s.arg(table));
        }
    }
    if (target.backend() == DatabaseBackend::Postgresql) {
        for (const QString& table : generatedIds) {
            QSqlQuery sequence(target.connection());
            if (!sequence.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                               u"COALESCE((SELECT max(id) FROM %1), 0) + 1, false)"_s.arg(table)))
                return target.failure(sequence, u"moving the id sequence of %1"_s.arg(table));
        }
    }
    return std::nullopt;
}

StorageStatus clearRows(const Database& target)
{
    const QStringList& tables = DatabaseBackup::tables();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        QSqlQuery clear(target.connection());
        if (!clear.exec(u"DELETE FROM %1"_s.arg(*it)))
            return target.failure(clear, u"emptying %1 before the restore"_s.arg(*it));
    }
    return std::nullopt;
}

StorageResult<qint64> countRows(const Database& database, const QString& table)
{
    QSqlQuery count(database.connection());
    if (!count.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !count.next())
        return database.failure(count, u"counting %1"_s.arg(table));
    return count.value(0).toLongLong();
}

QString fileSha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

DatabaseBackup::DatabaseBackup(const Database& database)
    : m_database(database)
{}

const QStringList& DatabaseBackup::tables()
{
    static const QStringList list = {u"reviewers"_s,         u"cases"_s,           u"case_revisions"_s, u"reviews"_s,
                                     u"review_components"_s, u"criterion_notes"_s, u"drafts"_s,         u"audit_log"_s,
                                     u"audit_head"_s};
    return list;
}

StorageStatus DatabaseBackup::checkBackupFile(const QString& path, int latestVersion)
{
    StorageResult<int> version = Database::inspectSqliteFile(path, latestVersion, true);
    if (!version.ok()) {
        StorageError error = version.error();
        error.message = u"cannot restore from this backup: "_s + error.message;
        return error;
    }
    if (version.value() == 0)
        return StorageError{StorageError::Kind::NotOurs,
                            u"cannot restore from %1: it is an empty database, not a SpineReview backup"_s.arg(path)};
    return std::nullopt;
}

StorageStatus DatabaseBackup::writeSqliteCopy(const QString& temporaryPath) const
{
    QSqlQuery vacuum(m_database.connection());
    const QString writing = u"writing the backup %1"_s.arg(temporaryPath);
    if (auto failed = m_database.prepare(vacuum, u"VACUUM INTO ?"_s, writing))
        return failed;
    vacuum.addBindValue(temporaryPath);
    if (!vacuum.exec())
        return m_database.failure(vacuum, writing);
    return std::nullopt;
}

StorageStatus DatabaseBackup::writePostgresCopy(const QString& temporaryPath) const
{
    StorageResult<std::unique_ptr<Database>> copy = Database::open(DatabaseLocation::sqlite(temporaryPath));
    if (!copy.ok())
        return copy.error();
    Database& target = *copy.value();
    if (target.schemaVersion() != m_database.schemaVersion())
        return StorageError{StorageError::Kind::Failed, u"the backup's schema does not match the database's"_s};
    // One snapshot of the server for every table: the backup is consistent while others keep working.
    QSqlQuery snapshot(m_database.connection());
    if (!snapshot.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
        return m_database.failure(snapshot, u"starting the backup's snapshot"_s);
    StorageStatus failed;
    {
        Transaction transaction(target);
        failed = transaction.error();
        if (!failed)
            failed = clearRows(target);
        if (!failed)
            failed = copyRows(m_database.connection(), target, m_database.location().display());
        if (!failed)
            failed = transaction.commit();
    }
    QSqlQuery(m_database.connection()).exec(u"COMMIT"_s);
    if (failed)
        return failed;
    // A single self-contained file, like the ones VACUUM INTO writes.
    QSqlQuery journal(target.connection());
    if (!journal.exec(u"PRAGMA journal_mode = DELETE"_s))
        return target.failure(journal, u"finishing the backup"_s);
    return std::nullopt;
}

StorageStatus DatabaseBackup::backup(const QString& path) const
{
    if (QFileInfo::exists(path))
        return StorageError{StorageError::Kind::Invalid,
                            u"%1 already exists; a backup is written to a new file, never over another"_s.arg(path)};
    const QString temporaryPath = u"%1.partial-%2"_s.arg(path, QString::number(QCoreApplication::applicationPid()));
    QFile::remove(temporaryPath);
    {
        // Born 0600; VACUUM INTO accepts an empty file and keeps its mode.
        QFile file(temporaryPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            return StorageError{StorageError::Kind::Unavailable,
                                u"cannot create the backup %1: %2"_s.arg(path, file.errorString())};
    }
    StorageStatus failed = m_database.backend() == DatabaseBackend::Sqlite ? writeSqliteCopy(temporaryPath)
                                                                           : writePostgresCopy(temporaryPath);
    if (!failed) {
        const StorageResult<int> version = Database::inspectSqliteFile(temporaryPath, m_database.schemaVersion(), true);
        if (!version.ok())
            failed = StorageError{StorageError::Kind::Failed,
                                  u"the backup did not pass its check: "_s + version.error().message};
        else if (version.value() != m_database.schemaVersion())
            failed = StorageError{StorageError::Kind::Failed, u"the backup holds no schema"_s};
    }
    if (!failed && !QFile::setPermissions(temporaryPath, ownerOnly))
        failed = StorageError{StorageError::Kind::Unavailable, u"cannot make %1 private"_s.arg(temporaryPath)};
    if (!failed && !QFile::rename(temporaryPath, path))
        failed = StorageError{StorageError::Kind::Unavailable, u"cannot name the backup %1"_s.arg(path)};
    if (failed) {
        QFile::remove(temporaryPath);
        return failed;
    }
    return std::nullopt;
}

StorageResult<RestoreReport> DatabaseBackup::restore(const QString& backupPath) const
{
    if (auto refused = checkBackupFile(backupPath, m_database.schemaVersion()))
        return *refused;
    RestoreReport report;

    if (m_database.backend() == DatabaseBackend::Postgresql) {
        for (const QString& table : {u"cases"_s, u"reviews"_s, u"reviewers"_s, u"drafts"_s, u"audit_log"_s}) {
            StorageResult<qint64> rows = countRows(m_database, table);
            if (!rows.ok())
                return rows.error();
            if (rows.value() > 0)
                return StorageError{
                    StorageError::Kind::Invalid,
                    u"%1 holds data (%2 rows in %3): a shared PostgreSQL database is restored into "
                    u"only while it is empty. Back it up and empty it first; nothing was changed."_s.arg(
                        m_database.location().display(), QString::number(rows.value()), table)};
        }
    } else {
        const QString stamp = m_database.now().toString(u"yyyyMMdd-HHmmss"_s);
        report.safetyCopy = u"%1.before-restore-%2"_s.arg(m_database.location().path, stamp);
        if (auto failed = backup(report.safetyCopy))
            return *failed;
    }

    // The backup file is only read: a private copy is what gets opened (and migrated, if it is older).
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return StorageError{StorageError::Kind::Unavailable, u"cannot create a temporary folder for the restore"_s};
    const QString copyPath = scratch.filePath(u"restore.sqlite"_s);
    if (!QFile::copy(backupPath, copyPath) || !QFile::setPermissions(copyPath, ownerOnly))
        return StorageError{StorageError::Kind::Unavailable, u"cannot read %1"_s.arg(backupPath)};
    StorageResult<std::unique_ptr<Database>> source = Database::open(DatabaseLocation::sqlite(copyPath));
    if (!source.ok())
        return source.error();
    if (source.value()->schemaVersion() != m_database.schemaVersion())
        return StorageError{StorageError::Kind::Failed, u"the backup could not be brought to the current schema"_s};

    Transaction transaction(m_database);
    if (transaction.error())
        return *transaction.error();
    if (auto failed = clearRows(m_database))
        return *failed;
    if (auto failed = copyRows(source.value()->connection(), m_database, backupPath))
        return *failed;
    for (auto [table, field] :
         {std::pair{u"cases"_s, &RestoreReport::cases}, std::pair{u"reviews"_s, &RestoreReport::reviews},
          std::pair{u"reviewers"_s, &RestoreReport::reviewers},
          std::pair{u"audit_log"_s, &RestoreReport::auditEntries}}) {
        StorageResult<qint64> rows = countRows(m_database, table);
        if (!rows.ok())
            return rows.error();
        report.*field = rows.value();
    }
    const AuditLog audit(m_database);
    const QJsonObject details{{u"backup"_s, QFileInfo(backupPath).fileName()},
                              {u"backupSha256"_s, fileSha256(backupPath)},
                              {u"cases"_s, report.cases},
                              {u"reviews"_s, report.reviews},
                              {u"safetyCopy"_s, QFileInfo(report.safetyCopy).fileName()}};
    if (auto appended = audit.append(Actor::program(u"spinereview db restore"_s), AuditAction::databaseRestore,
                                     "database"_L1, 0, details);
        !appended.ok())
        return appended.error();
    if (auto failed = transaction.commit())
        return *failed;
    return report;
}

} // namespace spinereview
