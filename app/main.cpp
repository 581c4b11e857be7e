// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: a subcommand runs the command line under QCoreApplication.

#include "cli/commandline.h"
#include "core/criteria/criteriacatalog.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

int main(int argc, char* argv[])
{
    using namespace spinereview;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spinereview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPINEREVIEW_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandContext context{out, err, QString(CriteriaCatalog::bundledDirectory), QDate::currentDate()};
    QStringList arguments = QCoreApplication::arguments();
    // Until the reviewer's desk exists, `spinereview CASE.json` shows the case's evaluation under every set.
    if (!CommandLine::handles(arguments)) {
        if (arguments.size() == 2)
            arguments = {arguments.first(), QStringLiteral("evaluate"), arguments.at(1),
                         QStringLiteral("--all-criteria")};
        else
            arguments = {arguments.first(), QStringLiteral("--help")};
    }
    const ExitStatus status = CommandLine::run(arguments, context);
    out.flush();
    err.flush();
    return static_cast<int>(status);
}
