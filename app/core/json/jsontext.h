// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace spinereview {

// Checks on JSON text before Qt parses it.
namespace JsonText {

// The byte offset of a raw byte-order mark (U+FEFF as UTF-8) anywhere after the document's first bytes, or
// -1. Qt 6.4's parser drops such a mark at the start of a string but still sorts object keys as if it were
// there, so a key beginning with one silently vanishes; files with one are refused instead.
qsizetype innerByteOrderMark(const QByteArray& json);

// The document without a leading byte-order mark (editors on Windows write one; the parser refuses it).
QByteArray withoutLeadingByteOrderMark(const QByteArray& json);

} // namespace JsonText

} // namespace spinereview
