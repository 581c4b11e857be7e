// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/evaluatecommand.h"

#include "cli/evaluationinputs.h"
#include "cli/optionparser.h"
#include "cli/textreport.h"
#include "core/engine/evaluator.h"
#include "core/engine/resultjson.h"

#include <QJsonDocument>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace EvaluateCommand {

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

    const std::optional<SpineCase> read = EvaluationInputs::readCase(options.positional().first(), context);
    if (!read)
        return ExitStatus::BadInput;

    const CriteriaCatalog catalog = EvaluationInputs::loadCriteria(options, context);
    QList<CriteriaSetPtr> sets;
    if (options.isSet(u"all-criteria"_s)) {
        sets = catalog.sets();
        if (sets.isEmpty()) {
            context.err << "spinereview evaluate: no criteria set could be loaded from " << catalog.directory() << '\n';
            return ExitStatus::CriteriaFailed;
        }
    } else {
        ExitStatus status = ExitStatus::Done;
        const CriteriaSetPtr set = EvaluationInputs::chooseSet(catalog, options.value(u"criteria"_s), context,
                                                               u"spinereview evaluate"_s, status);
        if (!set)
            return status;
        sets.append(set);
    }

    const SpineCase& spineCase = *read;
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
