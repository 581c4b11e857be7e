// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

namespace spinereview {

// `spinereview criteria list` and `spinereview criteria check [DIR]`.
namespace CriteriaCommand {
ExitStatus run(const QStringList& arguments, CommandContext& context);
}

} // namespace spinereview
