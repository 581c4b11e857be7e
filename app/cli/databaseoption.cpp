// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/databaseoption.h"

#include <QCoreApplication>
#include <QSettings>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace DatabaseOption {

std::optional<DatabaseLocation> location(const QString& option, CommandContext& context, const QString& command)
{
    // The window's names, so that the command line and the window find the same settings and data directory.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(u"SpineReview"_s);
    if (QCoreApplication::applicationName().isEmpty() ||
        QCoreApplication::applicationName() == QCoreApplication::applicationFilePath().section(u'/', -1))
        QCoreApplication::setApplicationName(u"SpineReview"_s);
    QString text = option;
    if (text.isEmpty())
        text = QSettings().value(QString(settingKey)).toString();
    StorageResult<DatabaseLocation> parsed = DatabaseLocation::parse(text);
    if (!parsed.ok()) {
        context.err << command << ": " << parsed.error().message << '\n';
        return std::nullopt;
    }
    return parsed.value();
}

std::unique_ptr<Database> open(const DatabaseLocation& location, CommandContext& context, const QString& command)
{
    StorageResult<std::unique_ptr<Database>> opened = Database::open(location);
    if (!opened.ok()) {
        context.err << command << ": " << opened.error().message << '\n';
        return nullptr;
    }
    return opened.take();
}

} // namespace DatabaseOption

} // namespace spinereview
