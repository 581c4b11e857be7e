// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "cli/auditcommand.h"
#include "cli/criteriacommand.h"
#include "cli/dbcommand.h"
#include "cli/evaluatecommand.h"
#include "cli/importfhircommand.h"
#include "cli/reportcommand.h"
#include "core/engine/resultjson.h"

namespace spinereview {

using namespace Qt::StringLiterals;

bool CommandLine::handles(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return first == "evaluate"_L1 || first == "criteria"_L1 || first == "db"_L1 || first == "audit"_L1 ||
           first == "import-fhir"_L1 || first == "report"_L1 || first == "--version"_L1 || first == "-v"_L1 ||
           first == "--help"_L1 || first == "-h"_L1 || first == "help"_L1;
}

bool CommandLine::needsGui(const QStringList& arguments)
{
    return arguments.value(1) == "report"_L1;
}

QString CommandLine::usage()
{
    return uR"(Usage: spinereview [--database DB] [--review REF] [--compare] [--exit-when-shown] [CASE.json]
       spinereview --screenshot PATH [--database DB [--review REF]] [--compare] [CASE.json]
       spinereview evaluate CASE.json [--criteria ID | --all-criteria] [--format text|json] [--criteria-dir DIR]
       spinereview criteria list [--criteria-dir DIR]
       spinereview criteria check [DIR]
       spinereview db import CASE.json... [--criteria ID] [--criteria-dir DIR] [--database DB]
       spinereview db export [--deidentify] [-o DIR] [--database DB]
       spinereview db backup PATH | db restore PATH | db check [--database DB]
       spinereview audit verify [--database DB]
       spinereview report CASE.json --kind summary|letter|rfi --pdf OUT.pdf [--criteria ID] [--criteria-dir DIR]
                          [--database DB] [--review REF]
       spinereview import-fhir BUNDLE.json -o CASE.json [--report] [--force] [--case-id ID]
       spinereview --version | --help

Decision support for lumbar fusion utilization review: evaluates a spinereview-case/1 file against
medical-necessity criteria. The reviewer decides.

DB is an SQLite file or a postgresql://USER@HOST:PORT/DATABASE URL; without --database, the setting
database/location, else spinereview.sqlite in the user's data directory.

Exit status: 0 done, 1 wrong usage, 2 a case file that cannot be read or does not follow its format,
3 criteria that cannot be loaded, 4 a verification that failed, 5 a database that cannot be opened or written.
)"_s;
}

ExitStatus CommandLine::run(const QStringList& arguments, CommandContext& context)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == "--version"_L1 || command == "-v"_L1) {
        context.out << "spinereview " << QString(ResultJson::engineVersion) << Qt::endl;
        return ExitStatus::Done;
    }
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        context.out << usage();
        return ExitStatus::Done;
    }
    if (command == "evaluate"_L1)
        return EvaluateCommand::run(rest, context);
    if (command == "criteria"_L1)
        return CriteriaCommand::run(rest, context);
    if (command == "db"_L1)
        return DbCommand::run(rest, context);
    if (command == "audit"_L1)
        return AuditCommand::run(rest, context);
    if (command == "import-fhir"_L1)
        return ImportFhirCommand::run(rest, context);
    if (command == "report"_L1)
        return ReportCommand::run(rest, context);
    context.err << "spinereview: unknown command \"" << command << "\"\n" << usage();
    return ExitStatus::Usage;
}

} // namespace spinereview
