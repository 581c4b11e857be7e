// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaselocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace spinereview {

using namespace Qt::StringLiterals;

DatabaseLocation DatabaseLocation::sqlite(const QString& path)
{
    DatabaseLocation location;
    location.backend = DatabaseBackend::Sqlite;
    location.path = path;
    return location;
}

QString DatabaseLocation::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/spinereview.sqlite"_L1;
}

StorageResult<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    if (text.isEmpty())
        return sqlite(defaultSqlitePath());
    if (!text.startsWith("postgresql:"_L1) && !text.startsWith("postgres:"_L1)) {
        if (text.contains("://"_L1))
            return StorageError{StorageError::Kind::Unavailable,
                                u"\"%1\": a database is a file path or a postgresql:// URL"_s.arg(text)};
        return sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(text)));
    }

    const QUrl url(text, QUrl::StrictMode);
    const auto invalid = [&text](const QString& why) {
        return StorageError{StorageError::Kind::Unavailable,
                            u"\"%1\" is not a usable PostgreSQL URL: %2 "
                            u"(expected postgresql://USER@HOST:PORT/DATABASE)"_s.arg(text, why)};
    };
    if (!url.isValid())
        return invalid(url.errorString());
    DatabaseLocation location;
    location.backend = DatabaseBackend::Postgresql;
    if (!url.host().isEmpty())
        location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (location.databaseName.isEmpty() || location.databaseName.contains(u'/'))
        return invalid(u"it names no database"_s);
    if (location.user.isEmpty())
        return invalid(u"it names no user"_s);

    QStringList options;
    bool timeoutGiven = false;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key.isEmpty() || value.contains(u';'))
            return invalid(u"parameter \"%1\" cannot be passed on"_s.arg(key));
        if (key == "host"_L1) {
            location.host = value; // a Unix socket directory
            continue;
        }
        timeoutGiven = timeoutGiven || key == "connect_timeout"_L1;
        options.append(key + u'=' + value);
    }
    // Without a timeout, a server that does not answer would hang the command instead of failing clearly.
    if (!timeoutGiven)
        options.append(u"connect_timeout=10"_s);
    location.connectOptions = options.join(u';');
    return location;
}

QString DatabaseLocation::display() const
{
    if (backend == DatabaseBackend::Sqlite)
        return path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host.startsWith(u'/') ? QString() : host);
    url.setPort(port);
    url.setPath(u'/' + databaseName);
    return url.toString();
}

} // namespace spinereview
