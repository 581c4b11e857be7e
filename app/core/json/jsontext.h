// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace spinereview {

// Checks on JSON text before Qt parses it.
namespace JsonText {

// The byte offset of a raw byte-order mark (U+FEFF as UTF-8) anywhere after the document's first bytes, or
// -1. Qt 6.4's parser drops such a mark at the start of a string but still sorts object keys as if it were
// there, so a key beginning with one silently vanishes; files with one are refused instead.
qsizetype innerByteOrderMark(const QByteArray& json);

// The document without a leading byte-order mark (editors on Windows write one; the parser refuses it).
QByteArray withoutLeadingByteOrderMark(const QByteArray& json);

// The top-level object of a document that must be one, after both checks above; otherwise nullopt and, in
// `error`, what is wrong (an inner byte-order mark, malformed JSON at a byte offset, an array at the top).
std::optional<QJsonObject> parseObject(const QByteArray& json, QString* error);

} // namespace JsonText

} // namespace spinereview
