// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageerror.h"

#include <QString>

namespace spinereview {

enum class DatabaseBackend { Sqlite, Postgresql };

// Where the reviews are kept: an SQLite file (the embedded default) or a PostgreSQL database shared by a
// team, written as `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?PARAM=VALUE&…]`. The query parameters
// are libpq's connection parameters (sslmode, connect_timeout, host=/socket/dir, …).
struct DatabaseLocation
{
    DatabaseBackend backend = DatabaseBackend::Sqlite;
    QString path; // SQLite

    QString host = QStringLiteral("localhost"); // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq parameters, `key=value;key=value` as Qt's QPSQL driver takes them

    static DatabaseLocation sqlite(const QString& path);
    // A path or a postgresql:// (or postgres://) URL. An empty text is the default file.
    static StorageResult<DatabaseLocation> parse(const QString& text);
    // `spinereview.sqlite` in the user's data directory (QStandardPaths::AppDataLocation).
    static QString defaultSqlitePath();

    // The file path, or the URL without its password: safe to print.
    QString display() const;
};

} // namespace spinereview
