// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

namespace spinereview {

// `spinereview audit verify [--database PATH|postgresql://…]`: checks the audit trail's hash chain and every
// stored case and review against it; exit status 4 names the first broken entry.
namespace AuditCommand {
ExitStatus run(const QStringList& arguments, CommandContext& context);
}

} // namespace spinereview
