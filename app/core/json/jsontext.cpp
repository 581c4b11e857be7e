// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/jsontext.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace spinereview::JsonText {

using namespace Qt::StringLiterals;

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

std::optional<QJsonObject> parseObject(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const qsizetype mark = innerByteOrderMark(json); mark >= 0)
        return fail(u"a raw byte-order mark (U+FEFF) at byte offset %1: the JSON parser would drop it and lose the "
                    "member it starts; write it as \\ufeff"_s.arg(mark));
    const QByteArray text = withoutLeadingByteOrderMark(json);
    const qsizetype skipped = json.size() - text.size();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            u"malformed JSON: %1 at byte offset %2"_s.arg(parseError.errorString()).arg(parseError.offset + skipped));
    if (!document.isObject())
        return fail(u"expected a JSON object at the top level; found an array"_s);
    return document.object();
}

} // namespace spinereview::JsonText
