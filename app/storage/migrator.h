// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaselocation.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace spinereview {

class Database;

// Brings a database to the current schema. `schema.sql` creates a new database at the current version;
// `migrate_N.sql` moves version N-1 to N. The current version is 1 + the number of migrate_N.sql files,
// which must run 2, 3, … without gaps. All steps run in one transaction: a failing step leaves the database
// at the version it had, with everything in it.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(QString directory);

    // The version this build writes, or 0 when the directory's files are inconsistent (error() says why).
    int latestVersion() const { return m_latestVersion; }
    QString error() const { return m_error; }

    // From the version the database is at (an empty database counts as 0) to latestVersion().
    StorageStatus migrate(const Database& database) const;

    // What a connection holds: no tables at all, SpineReview's tables at some version, or something else.
    struct Inspection
    {
        enum class State { Empty, Versioned, NotOurs, Unreadable };
        State state = State::Unreadable;
        int version = 0;
        QString detail; // for NotOurs and Unreadable: what was found
    };
    static Inspection inspect(const QSqlDatabase& connection, DatabaseBackend backend);

    // A script's statements for a back end: placeholders replaced ({{id}}, {{blob}}, {{key}}), comments
    // dropped, split at semicolons that end a line.
    static QStringList statements(const QString& script, DatabaseBackend backend);
    // Runs a script's statements on the calling thread's connection, in the caller's transaction.
    static StorageStatus run(const Database& database, const QString& script, const QString& scriptName);

private:
    QString m_directory;
    int m_latestVersion = 0;
    QString m_error;
};

} // namespace spinereview
