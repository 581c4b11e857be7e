// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"
#include "storage/database.h"

#include <memory>

namespace spinereview {

// `--database PATH|postgresql://…` for the db and audit commands. Without the option, the setting
// `database/location` (the window's QSettings) names it; without that, the default SQLite file in the
// user's data directory.
namespace DatabaseOption {

inline constexpr QLatin1StringView settingKey{"database/location"};

// The location, or nullopt after printing why it is not one.
std::optional<DatabaseLocation> location(const QString& option, CommandContext& context, const QString& command);
// Opens and migrates it, or returns nullptr after printing why not (the command exits with DatabaseFailed).
std::unique_ptr<Database> open(const DatabaseLocation& location, CommandContext& context, const QString& command);

} // namespace DatabaseOption

} // namespace spinereview
