// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QTest>

#include <atomic>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

std::atomic<int> counter{0};

QSqlDatabase openConnection(const DatabaseLocation& location, const QString& name, QString* error)
{
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(location.backend == DatabaseBackend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
    if (location.backend == DatabaseBackend::Sqlite) {
        connection.setDatabaseName(location.path);
    } else {
        connection.setHostName(location.host);
        connection.setPort(location.port);
        connection.setUserName(location.user);
        connection.setPassword(location.password);
        connection.setDatabaseName(location.databaseName);
        connection.setConnectOptions(location.connectOptions);
    }
    if (!connection.open() && error)
        *error = connection.lastError().text();
    return connection;
}

// Runs one statement on a short-lived connection to `location`.
bool runOnce(const DatabaseLocation& location, const QString& sql, QString* error)
{
    const QString name = u"testdatabase-admin-%1"_s.arg(++counter);
    bool ok = false;
    {
        QSqlDatabase connection = openConnection(location, name, error);
        if (connection.isOpen()) {
            QSqlQuery query(connection);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

DatabaseBackend TestDatabase::currentBackend()
{
    QFETCH_GLOBAL(QString, backend);
    return backend == "postgresql"_L1 ? DatabaseBackend::Postgresql : DatabaseBackend::Sqlite;
}

QString TestDatabase::currentTag()
{
    return currentBackend() == DatabaseBackend::Postgresql ? u"postgresql"_s : u"sqlite"_s;
}

QString TestDatabase::postgresServerUrl(QString* error)
{
    QString url = qEnvironmentVariable("SPINEREVIEW_TEST_POSTGRES_URL");
    if (url.isEmpty()) {
        const QString file = qEnvironmentVariable("SPINEREVIEW_TEST_POSTGRES_URL_FILE");
        QFile urlFile(file);
        if (!file.isEmpty() && urlFile.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(urlFile.readAll()).trimmed();
    }
    if (url.isEmpty())
        *error = u"no PostgreSQL test server: run the storage tests through ctest (its `postgres` fixture starts "
                 u"one) or under scripts/with-postgres.sh run"_s;
    return url;
}

TestDatabase::TestDatabase(DatabaseBackend backend)
{
    m_connectionName = u"testdatabase-%1"_s.arg(++counter);
    if (!m_folder.isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return;
    }
    if (backend == DatabaseBackend::Sqlite) {
        m_location = DatabaseLocation::sqlite(m_folder.filePath(u"test.sqlite"_s));
        return;
    }
    const QString server = postgresServerUrl(&m_error);
    if (server.isEmpty())
        return;
    StorageResult<DatabaseLocation> admin = DatabaseLocation::parse(server);
    if (!admin.ok()) {
        m_error = admin.error().message;
        return;
    }
    m_adminLocation = server;
    m_postgresName = u"spinereview_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.load());
    QString why;
    if (!runOnce(admin.value(), u"CREATE DATABASE %1"_s.arg(m_postgresName), &why)) {
        m_error = u"cannot create a test database on %1: %2"_s.arg(server, why);
        m_postgresName.clear();
        return;
    }
    m_location = admin.value();
    m_location.databaseName = m_postgresName;
}

void TestDatabase::disconnect() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

TestDatabase::~TestDatabase()
{
    disconnect();
    if (!m_postgresName.isEmpty()) {
        StorageResult<DatabaseLocation> admin = DatabaseLocation::parse(m_adminLocation);
        QString why;
        // FORCE: a connection a failed test left open does not keep the database alive.
        if (admin.ok() &&
            !runOnce(admin.value(), u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_postgresName), &why))
            qWarning("cannot drop %s: %s", qPrintable(m_postgresName), qPrintable(why));
    }
}

bool TestDatabase::exec(const QString& sql, QString* error, const QVariantList& values) const
{
    QString why;
    QSqlDatabase connection = QSqlDatabase::contains(m_connectionName)
                                  ? QSqlDatabase::database(m_connectionName)
                                  : openConnection(m_location, m_connectionName, &why);
    if (!connection.isOpen()) {
        if (error)
            *error = why;
        return false;
    }
    QSqlQuery query(connection);
    // PostgreSQL cannot prepare DDL: statements without values run as they are.
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        // Not executed after a failed prepare: exec() would replace the reason with "Parameter count mismatch".
        ok = query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        ok = ok && query.exec();
    }
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

QVariant TestDatabase::scalar(const QString& sql, const QVariantList& values) const
{
    QString why;
    QSqlDatabase connection = QSqlDatabase::contains(m_connectionName)
                                  ? QSqlDatabase::database(m_connectionName)
                                  : openConnection(m_location, m_connectionName, &why);
    QSqlQuery query(connection);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        // Not executed after a failed prepare: exec() would replace the reason with "Parameter count mismatch".
        ok = query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        ok = ok && query.exec();
    }
    if (!ok || !query.next()) {
        qWarning("scalar query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}
