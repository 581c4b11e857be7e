// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandline.h"

namespace spinereview {

// `spinereview report CASE.json --kind summary|letter|rfi --pdf OUT.pdf [--criteria ID] [--criteria-dir DIR]
// [--database DB] [--review REF]`: one of the documents that leave the desk, as a PDF. With --review, the stored
// review's decisions, reasons and notes go into the summary, and its criteria set is used unless --criteria
// names the same one. Needs a QGuiApplication (fonts); main() runs it under one on the offscreen platform.
namespace ReportCommand {
ExitStatus run(const QStringList& arguments, CommandContext& context);
}

} // namespace spinereview
