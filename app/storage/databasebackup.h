// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageerror.h"

#include <QStringList>

namespace spinereview {

class Database;

// What a restore brought back.
struct RestoreReport
{
    qint64 cases = 0;
    qint64 reviews = 0;
    qint64 reviewers = 0;
    qint64 auditEntries = 0;
    QString safetyCopy; // SQLite: the copy of the database as it was before the restore
};

// Backups are SQLite files with SpineReview's schema, whatever the database they were taken from, created
// readable by their owner only (0600) and checked (integrity_check, schema version) before they are given
// their name. From SQLite, `VACUUM INTO` writes a consistent copy while others keep working; from
// PostgreSQL, every table is copied inside one repeatable-read transaction.
//
// A restore replaces the database's contents with the backup's in one transaction, so a restore that fails
// leaves the database as it was. Nothing is lost either way: on SQLite the database is first backed up next
// to itself (`NAME.before-restore-YYYYMMDD-HHMMSS`); a shared PostgreSQL database is restored into only
// while it is empty (its administrator backs it up and empties it). A backup from an older schema is
// migrated on a private copy first; the backup file itself is never written to.
class DatabaseBackup
{
public:
    explicit DatabaseBackup(const Database& database);

    StorageStatus backup(const QString& path) const;
    StorageResult<RestoreReport> restore(const QString& backupPath) const;

    // Whether a file can be restored from: an intact SpineReview SQLite database no newer than this build.
    static StorageStatus checkBackupFile(const QString& path, int latestVersion);
    // The tables holding data, parents before children.
    static const QStringList& tables();

private:
    StorageStatus writeSqliteCopy(const QString& temporaryPath) const;
    StorageStatus writePostgresCopy(const QString& temporaryPath) const;

    const Database& m_database;
};

} // namespace spinereview
