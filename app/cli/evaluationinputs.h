// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"
#include "core/case/spinecase.h"
#include "core/criteria/criteriacatalog.h"

#include <optional>

namespace spinereview {

class OptionParser;

// What the commands that evaluate read: a case file, the criteria folder (`--criteria-dir DIR`) and the set
// `--criteria ID` picks from it. Problems are printed as every command prints them.
namespace EvaluationInputs {

// "spinereview: FILE: JSON PATH: what is wrong", one line each.
void printIssues(const ValidationIssues& issues, CommandContext& context);
// The case, or nullopt after printing every problem in the file (the command exits with BadInput).
std::optional<SpineCase> readCase(const QString& path, CommandContext& context);
// The folder named by --criteria-dir, else the context's, with every problem in it printed: a broken set is
// reported and the others still serve.
CriteriaCatalog loadCriteria(const OptionParser& options, CommandContext& context);
// The set `id` names, or the default set for an empty id; nullptr after printing why, `status` then saying
// how the command exits (Usage for an unknown id, CriteriaFailed for a set that did not load).
CriteriaSetPtr chooseSet(const CriteriaCatalog& catalog, const QString& id, CommandContext& context,
                         const QString& command, ExitStatus& status);

} // namespace EvaluationInputs

} // namespace spinereview
