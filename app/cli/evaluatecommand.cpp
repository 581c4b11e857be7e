// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/evaluatecommand.h"

#include "cli/optionparser.h"
#include "cli/textreport.h"
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"
#include "core/engine/resultjson.h"

#include <QJsonDocument>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace EvaluateCommand {

namespace {

void printIssues(const ValidationIssues& issues, QTextStream& err)
{
    for (const ValidationIssue& issue : issues)
        err << "spinereview: " << issue.toString() << '\n';
}

} // namespace

ExitStatus run(const QStringList& arguments, CommandContext& context)
{
    OptionParser options({u"criteria"_s, u"format"_s, u"criteria-dir"_s}, {u"all-criteria"_s});
    if (!options.parse(arguments) || options.positional().size() != 1) {
        context.err << "spinereview evaluate: "
                    << (options.error().isEmpty() ? u"expected exactly one case file"_s : options.error()) << '\n'
                    << CommandLine::usage();
        return ExitStatus::Usage;
    }
    const QString format = options.value(u"format"_s, u"text"_s);
    if (format != "text"_L1 && format != "json"_L1) {
        context.err << "spinereview evaluate: --format is text or json, not \"" << format << "\"\n";
        return ExitStatus::Usage;
    }
    if (options.isSet(u"criteria"_s) && options.isSet(u"all-criteria"_s)) {
        context.err << "spinereview evaluate: --criteria and --all-criteria exclude each other\n";
        return ExitStatus::Usage;
    }

    const CaseReadResult read = CaseReader::readFile(options.positional().first());
    if (!read.ok()) {
        printIssues(read.issues, context.err);
        return ExitStatus::BadInput;
    }

    const CriteriaCatalog catalog =
        CriteriaCatalog::loadDirectory(options.value(u"criteria-dir"_s, context.criteriaDirectory));
    // A broken set is reported; the others still serve.
    printIssues(catalog.issues(), context.err);
    QList<CriteriaSetPtr> sets;
    if (options.isSet(u"all-criteria"_s)) {
        sets = catalog.sets();
    } else if (options.isSet(u"criteria"_s)) {
        const QString id = options.value(u"criteria"_s);
        if (auto set = catalog.find(id)) {
            sets.append(set);
        } else {
            const bool broken = catalog.failedToLoad(id);
            context.err << "spinereview evaluate: "
                        << (broken ? u"criteria set \"%1\" could not be loaded"_s.arg(id)
                                   : u"unknown criteria set \"%1\" (see: spinereview criteria list)"_s.arg(id))
                        << '\n';
            return broken ? ExitStatus::CriteriaFailed : ExitStatus::Usage;
        }
    } else if (auto set = catalog.defaultSet()) {
        sets.append(set);
    }
    if (sets.isEmpty()) {
        context.err << "spinereview evaluate: no criteria set could be loaded from " << catalog.directory() << '\n';
        return ExitStatus::CriteriaFailed;
    }

    const SpineCase& spineCase = *read.value;
    const QDate reviewDate = spineCase.reviewDate.value_or(context.today);
    QList<EvaluationResult> results;
    for (const CriteriaSetPtr& set : sets)
        results.append(Evaluator::evaluate(spineCase, set, reviewDate));

    if (format == "json"_L1) {
        const QJsonObject json =
            options.isSet(u"all-criteria"_s) ? ResultJson::comparison(results) : ResultJson::toJson(results.first());
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        TextReport::render(results, context.out);
    }
    return ExitStatus::Done;
}

} // namespace EvaluateCommand

} // namespace spinereview
