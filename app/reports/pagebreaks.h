// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QTextDocument;

namespace spinereview {

// What Qt's page layout does not do by itself for a printed report: a heading is never left alone at the foot
// of a page (Qt knows no "page-break-after: avoid"); it moves to the top of the next, with the headings right
// above it. (Qt also breaks table cells line by line; rows are not kept together: a page break set inside a
// cell moves its row twice.)
namespace PageBreaks {

// Applies the rule to a document laid out on pages of `pageHeight`.
void apply(QTextDocument& document, qreal pageHeight);

} // namespace PageBreaks

} // namespace spinereview
