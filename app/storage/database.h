// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaselocation.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <unordered_map>

class QSqlError;
class QSqlQuery;

namespace spinereview {

struct DatabaseOptions
{
    // Where schema.sql and migrate_N.sql are read from (tests point it at their own migrations).
    QString migrationsDirectory = QStringLiteral(":/sql");
};

// An open SpineReview database: an SQLite file or a PostgreSQL database, checked, migrated to the current
// schema and ready for the repositories. Each thread that uses it gets its own named connection (Qt's SQL
// connections may not cross threads); SQLite connections run in WAL mode with foreign keys on and fsync on
// every commit. Passed by reference to whatever needs the database — never a global.
//
// Opening never writes to a database it refuses: a damaged file, a file that is not SpineReview's, and a
// database from a newer SpineReview are inspected through a read-only connection and left byte for byte as
// they were. A new SQLite file is created readable and writable by its owner only (0600); SQLite gives its
// -wal and -shm files the same mode.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // SQLite's application_id for SpineReview files ("SpRv"), so tools such as `file` can tell them apart.
    static constexpr qint32 sqliteApplicationId = 0x53705276;

    static StorageResult<std::unique_ptr<Database>> open(const DatabaseLocation& location,
                                                         const DatabaseOptions& options = {});
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const DatabaseLocation& location() const { return m_location; }
    DatabaseBackend backend() const { return m_location.backend; }
    int schemaVersion() const { return m_schemaVersion; }

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; a worker thread calls it before it ends.
    void closeThreadConnection() const;

    // The time writes are stamped with (UTC). Tests and benchmarks set a clock of their own.
    QDateTime now() const { return m_clock(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // SQLite: PRAGMA integrity_check over every page. PostgreSQL keeps its own pages: nothing to check.
    StorageStatus checkIntegrity() const;

    // Inspects an SQLite file through a read-only connection — header, page check (quick_check, or the full
    // integrity_check), schema version — and returns its schema version (0: an empty database). Refuses a
    // damaged file, one that is not SpineReview's and one newer than `latestVersion`.
    static StorageResult<int> inspectSqliteFile(const QString& path, int latestVersion, bool fullCheck);

    // An error for a statement that failed: what was being done, where, and the driver's words. `doing` names the
    // operation in the installed language ("reading cases"); the driver's words stay as it wrote them.
    StorageError failure(const QSqlQuery& query, const QString& doing) const;
    StorageError failure(const QSqlError& error, const QString& doing) const;
    // Prepares `sql` on `query`, or returns why it cannot be prepared (a table or column the schema lacks, a lost
    // connection) as failure() words it. A failed prepare must be caught here: Qt's exec() after one replaces the
    // driver's reason with "Parameter count mismatch" (SQLite) or an EXECUTE syntax error (PostgreSQL).
    StorageStatus prepare(QSqlQuery& query, const QString& sql, const QString& doing) const;

private:
    friend class Transaction;

    struct ThreadConnection
    {
        QString name;
        int transactionDepth = 0;
        bool rollbackOnly = false; // an inner step failed: the outer transaction may not commit
    };

    Database(DatabaseLocation location, int instance);
    bool openConnection(const QString& name, QString* error) const;
    ThreadConnection& threadConnection() const;

    DatabaseLocation m_location;
    int m_instance = 0;
    int m_schemaVersion = 0;
    std::function<QDateTime()> m_clock;
    mutable QMutex m_mutex;
    // Node-based, so a thread's entry stays where it is while other threads add theirs.
    mutable std::unordered_map<Qt::HANDLE, ThreadConnection> m_connections;
};

} // namespace spinereview
