// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportinput.h"
#include "reports/reportkind.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace spinereview {

// What leaves the desk on paper: a review summary, a letter of medical necessity or a request for information,
// made from one evaluation (ReportInput) as HTML, as plain text, onto a printer, or into a PDF file. Letter
// pages; the criteria set's name, version and SHA-256 and "Page N of M" in the footer of every page.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    static QString title(ReportKind kind);
    static QString html(ReportKind kind, const ReportInput& input);
    // The document's text as it reads, without its footer.
    static QString plainText(ReportKind kind, const ReportInput& input);
    static QStringList footer(ReportKind kind, const ReportInput& input);
    // US Letter, portrait, with margins for a footer and for punching into a file.
    static QPageLayout pageLayout();
    // Paints onto a printer or PDF writer set up by the caller (print preview); returns the number of pages,
    // 0 when the device could not be painted on.
    static int print(ReportKind kind, const ReportInput& input, QPagedPaintDevice& device);
    // Writes the PDF to `path`. The file is replaced only once the whole document is written; a new one is
    // readable by its owner only, as it holds clinical data. False, with `error` saying why, on failure.
    static bool writePdf(ReportKind kind, const ReportInput& input, const QString& path, QString* error);
    // "seed-l5s1-revision-summary.pdf".
    static QString suggestedFileName(ReportKind kind, const ReportInput& input);

private:
    static bool writeFile(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace spinereview
