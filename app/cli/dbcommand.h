// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

namespace spinereview {

// `spinereview db import CASE.json…`, `db export [--deidentify] [-o DIR]`, `db backup PATH`,
// `db restore PATH` and `db check`, each with `--database PATH|postgresql://…`.
namespace DbCommand {
ExitStatus run(const QStringList& arguments, CommandContext& context);
}

} // namespace spinereview
