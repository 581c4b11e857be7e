// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/auditcommand.h"

#include "cli/databaseoption.h"
#include "cli/optionparser.h"
#include "storage/auditverifier.h"

namespace spinereview {

using namespace Qt::StringLiterals;

namespace AuditCommand {

ExitStatus run(const QStringList& arguments, CommandContext& context)
{
    const QString command = u"spinereview audit verify"_s;
    OptionParser options({u"database"_s}, {});
    if (arguments.value(0) != "verify"_L1 || !options.parse(arguments.mid(1)) || !options.positional().isEmpty()) {
        context.err << "spinereview audit: "
                    << (options.error().isEmpty() ? u"expected `audit verify [--database PATH|URL]`"_s
                                                  : options.error())
                    << '\n'
                    << CommandLine::usage();
        return ExitStatus::Usage;
    }
    const std::optional<DatabaseLocation> location =
        DatabaseOption::location(options.value(u"database"_s), context, command);
    if (!location)
        return ExitStatus::Usage;
    const std::unique_ptr<Database> database = DatabaseOption::open(*location, context, command);
    if (!database)
        return ExitStatus::DatabaseFailed;

    const StorageResult<AuditVerification> verified = AuditVerifier(*database).verify();
    if (!verified.ok()) {
        context.err << command << ": " << verified.error().message << '\n';
        return ExitStatus::DatabaseFailed;
    }
    const AuditVerification& result = verified.value();
    if (!result.ok()) {
        context.err << command << ": " << database->location().display() << ": the audit trail is broken"
                    << (result.brokenEntry ? u" at entry %1"_s.arg(*result.brokenEntry) : QString()) << ": "
                    << result.problem << '\n';
        return ExitStatus::VerifyFailed;
    }
    context.out << database->location().display() << ": audit trail intact: " << result.entries << " entries chained; "
                << result.cases << " cases and " << result.reviews << " reviews match their last audited state\n";
    return ExitStatus::Done;
}

} // namespace AuditCommand

} // namespace spinereview
