// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/jsontext.h"

namespace spinereview::JsonText {

namespace {
const QByteArray kByteOrderMark("\xEF\xBB\xBF");
}

qsizetype innerByteOrderMark(const QByteArray& json)
{
    const qsizetype from = json.startsWith(kByteOrderMark) ? kByteOrderMark.size() : 0;
    return json.indexOf(kByteOrderMark, from);
}

QByteArray withoutLeadingByteOrderMark(const QByteArray& json)
{
    return json.startsWith(kByteOrderMark) ? json.mid(kByteOrderMark.size()) : json;
}

} // namespace spinereview::JsonText
