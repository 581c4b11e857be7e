// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

namespace spinereview {

// `spinereview import-fhir BUNDLE.json -o CASE.json [--report] [--force] [--case-id ID]`: a FHIR R4 bundle
// into a case file. The mapping report goes to standard output with --report (a summary line without it),
// problems to standard error. An existing CASE.json is written over only with --force.
namespace ImportFhirCommand {
ExitStatus run(const QStringList& arguments, CommandContext& context);
}

} // namespace spinereview
