// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace testing {

// The text of a PDF as poppler's pdftotext reads it in the order it was drawn (one page, or all with page 0),
// with every run of white space folded to one space. Empty, with `error` saying why, when pdftotext is missing or
// fails: the tests that read PDFs fail then, they never skip.
QString pdfText(const QString& path, QString* error, int page = 0);

} // namespace testing
