// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QPagedPaintDevice;

namespace spinereview {

// Lays an HTML document out on the pages of a PDF writer or a printer (QTextDocument, Qt Gui only) and
// draws a footer on every page: the lines given, and "Page N of M".
class PagedRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PagedRenderer)

public:
    // Paints onto `device` with its own page size and margins; returns the number of pages, 0 when the device
    // cannot be painted on.
    static int render(const QString& html, const QStringList& footerLines, QPagedPaintDevice& device);
};

} // namespace spinereview
