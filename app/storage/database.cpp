// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

#include <atomic>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

const QString sqliteDriver = u"QSQLITE"_s;
const QString postgresDriver = u"QPSQL"_s;

// How long a writer waits for another one (another process, or a thread of this one) before giving up.
constexpr int busyTimeoutMs = 10000;

QString sqliteAdvice()
{
    // The command is typed as it is, in any language.
    //: %1 is a command to type, kept as it is
    return Database::tr("It was left exactly as it is. Restore a backup into a new file with %1, or move the file "
                        "aside.")
        .arg(u"`spinereview --database NEW.sqlite db restore BACKUP`"_s);
}

// The first 100 bytes of an SQLite file are its header: the magic text, then (at 68) the application id.
StorageStatus checkSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError{StorageError::Kind::Unavailable,
                            Database::tr("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return std::nullopt; // an empty file is an empty database
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        //: %1 is the file, %2 what to do about it
        return StorageError{StorageError::Kind::Corrupt,
                            Database::tr("%1 is not an SQLite database: its first bytes are not SQLite's header (a "
                                         "damaged database, or another kind of file). %2")
                                .arg(path, sqliteAdvice())};
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != 0 && applicationId != Database::sqliteApplicationId)
        return StorageError{StorageError::Kind::NotOurs,
                            Database::tr("%1 is an SQLite database of another program (application id 0x%2), not "
                                         "SpineReview's; it was left unchanged")
                                .arg(path, QString::number(quint32(applicationId), 16))};
    return std::nullopt;
}

// Everything that decides whether a database may be opened, read through a connection that cannot write.
StorageResult<int> inspectReadOnly(const QString& path, int latestVersion, bool fullCheck)
{
    static std::atomic<int> inspections{0};
    const QString name = u"spinereview-inspect-%1"_s.arg(++inspections);
    StorageResult<int> result = 0;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(sqliteDriver, name);
        connection.setDatabaseName(path);
        connection.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        const auto damaged = [&path](const QString& what) {
            //: %1 is the file, %2 what SQLite found, %3 what to do about it
            return StorageError{StorageError::Kind::Corrupt,
                                Database::tr("%1 is damaged (%2). %3").arg(path, what, sqliteAdvice())};
        };
        if (!connection.open()) {
            result = damaged(Database::tr("SQLite cannot open it: %1").arg(connection.lastError().text()));
        } else {
            // quick_check reads every page and checks its structure (not index contents, which integrity_check
            // adds); it is what catches a file damaged in the middle before anything is written to it.
            QSqlQuery check(connection);
            QStringList problems;
            if (!check.exec(fullCheck ? u"PRAGMA integrity_check(5)"_s : u"PRAGMA quick_check(5)"_s)) {
                problems.append(check.lastError().text());
            } else {
                while (check.next()) {
                    if (check.value(0).toString() != "ok"_L1)
                        problems.append(check.value(0).toString());
                }
            }
            check.finish();
            if (!problems.isEmpty()) {
                result = damaged(Database::tr("SQLite's check reports: %1").arg(problems.join(u"; "_s)));
            } else {
                const Migrator::Inspection found = Migrator::inspect(connection, DatabaseBackend::Sqlite);
                switch (found.state) {
                case Migrator::Inspection::State::Empty:
                    break;
                case Migrator::Inspection::State::Versioned:
                    result = found.version;
                    break;
                case Migrator::Inspection::State::NotOurs:
                    //: %1 is the file or server, %2 what it holds instead
                    result = StorageError{StorageError::Kind::NotOurs,
                                          Database::tr("%1 is not a SpineReview database: %2; it was left unchanged")
                                              .arg(path, found.detail)};
                    break;
                case Migrator::Inspection::State::Unreadable:
                    result = damaged(found.detail);
                    break;
                }
            }
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result.ok() && result.value() > latestVersion)
        //: --database is a command-line option, kept as it is
        return StorageError{StorageError::Kind::NewerVersion,
                            Database::tr("%1 was written by a newer SpineReview (schema version %2; this version reads "
                                         "versions up to %3). It was left unchanged: open it with a newer SpineReview, "
                                         "or choose another database with --database.")
                                .arg(path, QString::number(result.value()), QString::number(latestVersion))};
    return result;
}

// A new file, created here so that it is born 0600: SQLite would create it with the umask's mode.
StorageStatus createSqliteFile(const QString& path)
{
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!QDir().mkpath(folder.absolutePath()))
            return StorageError{
                StorageError::Kind::Unavailable,
                Database::tr("cannot create the folder %1 for the database %2").arg(folder.absolutePath(), path)};
        QFile::setPermissions(folder.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return std::nullopt;
    // Another program created it a moment ago: it is then an existing database, inspected like any other.
    if (QFileInfo(path).isFile())
        return std::nullopt;
    return StorageError{StorageError::Kind::Unavailable,
                        Database::tr("cannot create the database %1: %2").arg(path, file.errorString())};
}

} // namespace

Database::Database(DatabaseLocation location, int instance)
    : m_location(std::move(location))
    , m_instance(instance)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    for (const auto& [handle, thread] : m_connections) {
        {
            QSqlDatabase connection = QSqlDatabase::database(thread.name, false);
            connection.close();
        }
        QSqlDatabase::removeDatabase(thread.name);
    }
}

StorageResult<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location,
                                                        const DatabaseOptions& options)
{
    static std::atomic<int> instances{0};
    const int instance = ++instances;
    const Migrator migrator(options.migrationsDirectory);
    if (migrator.latestVersion() == 0)
        return StorageError{StorageError::Kind::Failed, migrator.error()};
    const QString driver = location.backend == DatabaseBackend::Sqlite ? sqliteDriver : postgresDriver;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return StorageError{StorageError::Kind::Unavailable,
                            location.backend == DatabaseBackend::Sqlite
                                ? tr("Qt's SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite)")
                                : tr("Qt's PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)")};

    std::unique_ptr<Database> database(new Database(location, instance));
    if (location.backend == DatabaseBackend::Sqlite) {
        const QFileInfo info(location.path);
        if (info.isDir())
            //: --database is a command-line option, kept as it is
            return StorageError{StorageError::Kind::Unavailable,
                                tr("%1 is a folder; --database names a file").arg(location.path)};
        if (!info.exists()) {
            if (auto failed = createSqliteFile(location.path))
                return *failed;
        }
        const StorageResult<int> version = inspectSqliteFile(location.path, migrator.latestVersion(), false);
        if (!version.ok())
            return version.error();
    }

    QString error;
    if (!database->openConnection(database->threadConnection().name, &error))
        return StorageError{StorageError::Kind::Unavailable, error};

    if (location.backend == DatabaseBackend::Postgresql) {
        const Migrator::Inspection found = Migrator::inspect(database->connection(), location.backend);
        if (found.state == Migrator::Inspection::State::NotOurs ||
            found.state == Migrator::Inspection::State::Unreadable)
            return StorageError{StorageError::Kind::NotOurs,
                                tr("%1 is not a SpineReview database: %2; it was left unchanged")
                                    .arg(location.display(), found.detail)};
        if (found.version > migrator.latestVersion())
            return StorageError{StorageError::Kind::NewerVersion,
                                tr("%1 was written by a newer SpineReview (schema version %2; this version reads "
                                   "versions up to %3). It was left unchanged.")
                                    .arg(location.display(), QString::number(found.version),
                                         QString::number(migrator.latestVersion()))};
    }
    if (auto failed = migrator.migrate(*database))
        return *failed;
    database->m_schemaVersion = migrator.latestVersion();
    return database;
}

bool Database::openConnection(const QString& name, QString* error) const
{
    const bool sqlite = m_location.backend == DatabaseBackend::Sqlite;
    QSqlDatabase connection = QSqlDatabase::addDatabase(sqlite ? sqliteDriver : postgresDriver, name);
    if (sqlite) {
        connection.setDatabaseName(m_location.path);
        connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    } else {
        connection.setHostName(m_location.host);
        connection.setPort(m_location.port);
        connection.setUserName(m_location.user);
        connection.setPassword(m_location.password);
        connection.setDatabaseName(m_location.databaseName);
        connection.setConnectOptions(m_location.connectOptions);
    }
    if (!connection.open()) {
        *error = tr("cannot open %1: %2").arg(m_location.display(), connection.lastError().text());
        return false;
    }
    if (!sqlite)
        return true;
    // WAL: readers never block the writer and a killed writer leaves the last commit whole. synchronous=FULL
    // syncs the log at every commit, so a commit that returned survives a power cut as well as a crash.
    QSqlQuery pragma(connection);
    if (!pragma.exec(u"PRAGMA journal_mode = WAL"_s) || !pragma.next() ||
        pragma.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0) {
        *error = tr("cannot switch %1 to write-ahead logging: %2").arg(m_location.path, pragma.lastError().text());
        return false;
    }
    for (const QString& statement : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s,
                                     u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs)}) {
        if (!pragma.exec(statement)) {
            //: %1 is an SQL statement, %2 the file, %3 SQLite's error
            *error = tr("%1 on %2: %3").arg(statement, m_location.path, pragma.lastError().text());
            return false;
        }
    }
    return true;
}

Database::ThreadConnection& Database::threadConnection() const
{
    QMutexLocker locker(&m_mutex);
    const Qt::HANDLE thread = QThread::currentThreadId();
    auto found = m_connections.find(thread);
    if (found == m_connections.end()) {
        ThreadConnection connection;
        connection.name = u"spinereview-%1-%2"_s.arg(m_instance).arg(quintptr(thread), 0, 16);
        found = m_connections.emplace(thread, connection).first;
    }
    return found->second;
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnection().name;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QString error;
    if (!openConnection(name, &error))
        qWarning("spinereview: %s", qPrintable(error));
    return QSqlDatabase::database(name, false);
}

void Database::closeThreadConnection() const
{
    QString name;
    {
        QMutexLocker locker(&m_mutex);
        const auto found = m_connections.find(QThread::currentThreadId());
        if (found == m_connections.end())
            return;
        name = found->second.name;
        m_connections.erase(found);
    }
    {
        QSqlDatabase connection = QSqlDatabase::database(name, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

StorageStatus Database::checkIntegrity() const
{
    if (m_location.backend != DatabaseBackend::Sqlite)
        return std::nullopt;
    QSqlQuery check(connection());
    if (!check.exec(u"PRAGMA integrity_check(20)"_s))
        return failure(check, tr("checking the database's integrity"));
    QStringList problems;
    while (check.next()) {
        if (check.value(0).toString() != "ok"_L1)
            problems.append(check.value(0).toString());
    }
    if (problems.isEmpty())
        return std::nullopt;
    return StorageError{StorageError::Kind::Corrupt, tr("%1 is damaged; SQLite's integrity check reports: %2. %3")
                                                         .arg(m_location.path, problems.join(u"; "_s), sqliteAdvice())};
}

StorageResult<int> Database::inspectSqliteFile(const QString& path, int latestVersion, bool fullCheck)
{
    if (!QFileInfo(path).isFile())
        return StorageError{StorageError::Kind::Unavailable, tr("%1 is not a file").arg(path)};
    if (auto refused = checkSqliteHeader(path))
        return *refused;
    return inspectReadOnly(path, latestVersion, fullCheck);
}

StorageError Database::failure(const QSqlQuery& query, const QString& doing) const
{
    return failure(query.lastError(), doing);
}

StorageError Database::failure(const QSqlError& error, const QString& doing) const
{
    StorageError out;
    const QString code = error.nativeErrorCode();
    if (m_location.backend == DatabaseBackend::Sqlite) {
        // Extended result codes keep the primary code in their low byte.
        switch (code.toInt() & 0xff) {
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            out.kind = StorageError::Kind::Corrupt;
            break;
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
        case 8:  // SQLITE_READONLY
        case 14: // SQLITE_CANTOPEN
            out.kind = StorageError::Kind::Unavailable;
            break;
        case 19: // SQLITE_CONSTRAINT
            out.kind = StorageError::Kind::Invalid;
            break;
        default:
            break;
        }
    } else if (code.startsWith("08"_L1) || code.startsWith("57P"_L1) || error.type() == QSqlError::ConnectionError) {
        out.kind = StorageError::Kind::Unavailable; // connection exceptions, server shutting down
    } else if (code.startsWith("23"_L1)) {
        out.kind = StorageError::Kind::Invalid; // integrity constraint violations
    }
    // Whole sentences for the translator: `doing` comes translated, the driver's text does not.
    if (out.kind == StorageError::Kind::Corrupt)
        //: %1 is what was being done ("reading cases"), %2 the file, %3 SQLite's error, %4 what to do about it
        out.message = tr("%1 failed in %2: %3. The database is damaged. %4")
                          .arg(doing, m_location.display(), error.text(), sqliteAdvice());
    else
        //: %1 is what was being done ("reading cases"), %2 the file or server, %3 the database's own error text
        out.message = tr("%1 failed in %2: %3").arg(doing, m_location.display(), error.text());
    return out;
}

StorageStatus Database::prepare(QSqlQuery& query, const QString& sql, const QString& doing) const
{
    if (query.prepare(sql))
        return std::nullopt;
    // A connection that is not open refuses before the driver is asked, leaving the query without an error:
    // the reason is then the connection's own (why it did not open).
    if (!query.lastError().isValid())
        return failure(connection().lastError(), doing);
    return failure(query, doing);
}

} // namespace spinereview
