// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/exitstatus.h"

#include <QDate>
#include <QStringList>
#include <QTextStream>

namespace spinereview {

// What a command needs from outside: where to write, where the criteria are, and what "today" is
// (a case without a reviewDate is reviewed as of today; tests fix it).
struct CommandContext
{
    QTextStream& out;
    QTextStream& err;
    QString criteriaDirectory;
    QDate today;
};

// The `spinereview` command line: `evaluate`, `report`, `criteria list|check`, `db …`, `audit verify`,
// `import-fhir`, `--version`, `--help`.
// Returns the process exit status. Links no widgets.
class CommandLine
{
public:
    // Whether the arguments name a subcommand or option of the command line (else the window opens).
    static bool handles(const QStringList& arguments);
    // Whether the subcommand lays documents out (`report`): it needs a QGuiApplication for its fonts.
    static bool needsGui(const QStringList& arguments);
    static ExitStatus run(const QStringList& arguments, CommandContext& context);
    static QString usage();
};

} // namespace spinereview
