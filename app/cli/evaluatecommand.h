// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

namespace spinereview {

// `spinereview evaluate CASE.json [--criteria ID | --all-criteria] [--format json|text]`.
namespace EvaluateCommand {
ExitStatus run(const QStringList& arguments, CommandContext& context);
}

} // namespace spinereview
