// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/importfhircommand.h"

#include "cli/optionparser.h"
#include "core/case/casewriter.h"
#include "interop/fhirbundleimporter.h"

#include <QFileInfo>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace ImportFhirCommand {

ExitStatus run(const QStringList& arguments, CommandContext& context)
{
    const QString command = u"spinereview import-fhir"_s;
    QStringList rest = arguments;
    for (QString& argument : rest) {
        if (argument == "-o"_L1)
            argument = u"--output"_s;
    }
    OptionParser options({u"output"_s, u"case-id"_s}, {u"report"_s, u"force"_s});
    if (!options.parse(rest) || options.positional().size() != 1 || !options.isSet(u"output"_s)) {
        context.err << command << ": "
                    << (!options.error().isEmpty()         ? options.error()
                        : options.positional().size() != 1 ? u"expected exactly one bundle file"_s
                                                           : u"expected -o CASE.json"_s)
                    << '\n'
                    << CommandLine::usage();
        return ExitStatus::Usage;
    }
    const QString bundlePath = options.positional().first();
    const QString casePath = options.value(u"output"_s);
    if (QFileInfo::exists(casePath) && !options.isSet(u"force"_s)) {
        context.err << command << ": " << casePath << " already exists; --force writes over it\n";
        return ExitStatus::Usage;
    }

    FhirImportOptions importOptions;
    importOptions.caseId = options.value(u"case-id"_s);
    importOptions.today = context.today;
    const FhirImportResult result = FhirBundleImporter::importFile(bundlePath, importOptions);
    if (options.isSet(u"report"_s) && !result.report.entries().isEmpty())
        context.out << result.report.toText();
    if (!result.ok()) {
        for (const ValidationIssue& issue : result.errors)
            context.err << "spinereview: " << issue.toString() << '\n';
        if (result.errors.isEmpty())
            context.err << "spinereview: " << bundlePath << ": no case could be made\n";
        return ExitStatus::BadInput;
    }
    QString error;
    if (!CaseWriter::writeFile(*result.value, casePath, &error)) {
        context.err << command << ": " << error << '\n';
        return ExitStatus::Usage;
    }
    if (!options.isSet(u"report"_s))
        context.out << "wrote " << casePath << ": " << result.report.summary() << " (--report lists them)\n";
    return ExitStatus::Done;
}

} // namespace ImportFhirCommand

} // namespace spinereview
