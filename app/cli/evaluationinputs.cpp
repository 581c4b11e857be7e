// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/evaluationinputs.h"

#include "cli/optionparser.h"
#include "core/case/casereader.h"

namespace spinereview {

using namespace Qt::StringLiterals;

namespace EvaluationInputs {

void printIssues(const ValidationIssues& issues, CommandContext& context)
{
    for (const ValidationIssue& issue : issues)
        context.err << "spinereview: " << issue.toString() << '\n';
}

std::optional<SpineCase> readCase(const QString& path, CommandContext& context)
{
    CaseReadResult read = CaseReader::readFile(path);
    if (!read.ok()) {
        printIssues(read.issues, context);
        return std::nullopt;
    }
    return std::move(read.value);
}

CriteriaCatalog loadCriteria(const OptionParser& options, CommandContext& context)
{
    CriteriaCatalog catalog =
        CriteriaCatalog::loadDirectory(options.value(u"criteria-dir"_s, context.criteriaDirectory));
    printIssues(catalog.issues(), context);
    return catalog;
}

CriteriaSetPtr chooseSet(const CriteriaCatalog& catalog, const QString& id, CommandContext& context,
                         const QString& command, ExitStatus& status)
{
    if (id.isEmpty()) {
        if (CriteriaSetPtr set = catalog.defaultSet())
            return set;
        context.err << command << ": no criteria set could be loaded from " << catalog.directory() << '\n';
        status = ExitStatus::CriteriaFailed;
        return nullptr;
    }
    if (CriteriaSetPtr set = catalog.find(id))
        return set;
    const bool broken = catalog.failedToLoad(id);
    context.err << command << ": "
                << (broken ? u"criteria set \"%1\" could not be loaded"_s.arg(id)
                           : u"unknown criteria set \"%1\" (see: spinereview criteria list)"_s.arg(id))
                << '\n';
    status = broken ? ExitStatus::CriteriaFailed : ExitStatus::Usage;
    return nullptr;
}

} // namespace EvaluationInputs

} // namespace spinereview
