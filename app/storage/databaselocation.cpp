// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaselocation.h"

#include <QCoreApplication>
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

// A plain struct, so its messages name their context ("DatabaseLocation") themselves. They reach the desk's
// start-up message when the setting names no usable database.
StorageResult<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    if (text.isEmpty())
        return sqlite(defaultSqlitePath());
    if (!text.startsWith("postgresql:"_L1) && !text.startsWith("postgres:"_L1)) {
        if (text.contains("://"_L1))
            //: %1 is what was given as the database; postgresql:// is kept as it is
            return StorageError{StorageError::Kind::Unavailable,
                                QCoreApplication::translate("DatabaseLocation",
                                                            "\"%1\": a database is a file path or a postgresql:// URL")
                                    .arg(text)};
        return sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(text)));
    }

    const QUrl url(text, QUrl::StrictMode);
    const auto invalid = [&text](const QString& why) {
        //: %1 is the URL given, %2 what is wrong with it; the expected form postgresql://USER@HOST:PORT/DATABASE is
        //: kept as it is
        return StorageError{StorageError::Kind::Unavailable,
                            QCoreApplication::translate("DatabaseLocation",
                                                        "\"%1\" is not a usable PostgreSQL URL: %2 "
                                                        "(expected postgresql://USER@HOST:PORT/DATABASE)")
                                .arg(text, why)};
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
        return invalid(QCoreApplication::translate("DatabaseLocation", "it names no database"));
    if (location.user.isEmpty())
        return invalid(QCoreApplication::translate("DatabaseLocation", "it names no user"));

    QStringList options;
    bool timeoutGiven = false;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key.isEmpty() || value.contains(u';'))
            //: %1 is a connection parameter of the URL (sslmode, …)
            return invalid(
                QCoreApplication::translate("DatabaseLocation", "parameter \"%1\" cannot be passed on").arg(key));
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
