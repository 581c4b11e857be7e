// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/criteriacommand.h"

#include "cli/optionparser.h"
#include "core/criteria/criteriacatalog.h"

namespace spinereview {

using namespace Qt::StringLiterals;

namespace CriteriaCommand {

ExitStatus run(const QStringList& arguments, CommandContext& context)
{
    const QString action = arguments.value(0);
    OptionParser options({u"criteria-dir"_s}, {});
    if ((action != "list"_L1 && action != "check"_L1) || !options.parse(arguments.mid(1)) ||
        options.positional().size() > (action == "check"_L1 ? 1 : 0)) {
        context.err << "spinereview criteria: "
                    << (options.error().isEmpty() ? u"expected \"list\" or \"check [DIR]\""_s : options.error())
                    << '\n';
        return ExitStatus::Usage;
    }
    const QString directory =
        options.positional().value(0, options.value(u"criteria-dir"_s, context.criteriaDirectory));
    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(directory);
    for (const ValidationIssue& issue : catalog.issues())
        context.err << "spinereview: " << issue.toString() << '\n';

    if (action == "list"_L1) {
        for (const CriteriaSetPtr& set : catalog.sets()) {
            const CriteriaSetInfo& info = set->info;
            context.out << info.id << "\t" << info.version << "\t" << info.effectiveDate << "\t" << info.title
                        << (info.id == CriteriaCatalog::defaultSetId ? u"  (default)"_s : QString()) << "\n";
        }
        return catalog.sets().isEmpty() ? ExitStatus::CriteriaFailed : ExitStatus::Done;
    }

    for (const CriteriaSetPtr& set : catalog.sets())
        context.out << "ok  " << set->info.id << " " << set->info.version << "  sha256 " << set->info.sha256 << "\n";
    if (catalog.evidence())
        context.out << "ok  evidence library " << catalog.evidence()->version() << ", "
                    << catalog.evidence()->entries().size() << " citations\n";
    if (!catalog.issues().isEmpty()) {
        context.out << catalog.issues().size() << " problem(s) found in " << directory << "\n";
        return ExitStatus::VerifyFailed;
    }
    return ExitStatus::Done;
}

} // namespace CriteriaCommand

} // namespace spinereview
