// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

// A fresh, empty database for one test function, on one back end: an SQLite file in a temporary folder, or a
// database of its own on the test PostgreSQL server (scripts/with-postgres.sh, started by ctest's `postgres`
// fixture; its URL comes from SPINEREVIEW_TEST_POSTGRES_URL or the file SPINEREVIEW_TEST_POSTGRES_URL_FILE
// names). Without a server the PostgreSQL rows fail — they are never skipped.
class TestDatabase
{
public:
    // The global data of every storage test: each test function runs on "sqlite" and on "postgresql".
    static void addBackendRows();
    // The back end of the running row, and its name ("sqlite", "postgresql").
    static spinereview::DatabaseBackend currentBackend();
    static QString currentTag();

    explicit TestDatabase(spinereview::DatabaseBackend backend);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    spinereview::DatabaseLocation location() const { return m_location; }
    QString folder() const { return m_folder.path(); }

    // Runs SQL through a connection of its own, outside the repositories: how a test edits rows by hand.
    bool exec(const QString& sql, QString* error = nullptr, const QVariantList& values = {}) const;
    // The first column of the first row of a query through that connection.
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const;
    // Closes that connection (an SQLite file is then whole, its log checkpointed).
    void disconnect() const;

    static QString postgresServerUrl(QString* error);

private:
    spinereview::DatabaseLocation m_location;
    QTemporaryDir m_folder;
    QString m_error;
    QString m_postgresName;  // the database created for this test
    QString m_adminLocation; // the server's URL, for dropping it
    QString m_connectionName;
};
