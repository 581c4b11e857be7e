// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/jsonfieldreader.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace spinereview {

namespace {

// Long free-text values are cut in messages so one bad note does not flood the terminal.
constexpr qsizetype maxQuotedLength = 60;

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString describeRange(const NumberRange& range, bool integer)
{
    const QString kind = integer ? u"an integer"_s : u"a number"_s;
    if (range.minimum && range.maximum)
        return kind + u" from "_s + formatNumber(*range.minimum) + u" to "_s + formatNumber(*range.maximum);
    if (range.minimum && range.exclusiveMinimum)
        return kind + u" greater than "_s + formatNumber(*range.minimum);
    if (range.minimum)
        return kind + u" of at least "_s + formatNumber(*range.minimum);
    if (range.maximum)
        return kind + u" of at most "_s + formatNumber(*range.maximum);
    return kind;
}

// QDate::fromString also takes "2025-02-03T10:00" and a trailing space; the format allows only the plain
// calendar date, so the shape is checked first and the round trip catches what QDate would normalise.
std::optional<QDate> parseCalendarDate(const QString& text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.toString(Qt::ISODate) != text)
        return std::nullopt;
    return date;
}

} // namespace

bool NumberRange::contains(double value) const
{
    if (minimum && (exclusiveMinimum ? value <= *minimum : value < *minimum))
        return false;
    return !maximum || value <= *maximum;
}

JsonFieldReader::JsonFieldReader(const QString& fileName)
    : m_fileName(fileName)
{}

void JsonFieldReader::addIssue(const QString& path, const QString& message)
{
    m_issues.append(ValidationIssue{m_fileName, path, message});
}

void JsonFieldReader::addTypeIssue(const QString& path, const QString& expected, const QJsonValue& found)
{
    addIssue(path, u"expected "_s + expected + u"; found "_s + describe(found));
}

QString JsonFieldReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::String: {
        QString text = value.toString();
        const bool cut = text.size() > maxQuotedLength;
        if (cut)
            text.truncate(maxQuotedLength);
        // JSON escaping keeps quotes and control characters in the value readable and unambiguous.
        QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        quoted = quoted.mid(1, quoted.size() - 2);
        QString out = QString::fromUtf8(quoted);
        if (cut)
            out.insert(out.size() - 1, QChar(0x2026));
        return out;
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

std::optional<bool> JsonFieldReader::toBool(const QJsonValue& value, const QString& path)
{
    if (!value.isBool()) {
        addTypeIssue(path, u"a boolean"_s, value);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QString> JsonFieldReader::toString(const QJsonValue& value, const QString& path)
{
    if (!value.isString()) {
        addTypeIssue(path, u"a string"_s, value);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<double> JsonFieldReader::toNumber(const QJsonValue& value, const QString& path, const NumberRange& range)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || !range.contains(value.toDouble())) {
        addTypeIssue(path, describeRange(range, false), value);
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<int> JsonFieldReader::toInteger(const QJsonValue& value, const QString& path, const NumberRange& range)
{
    const double number = value.toDouble();
    const bool integral = value.isDouble() && std::isfinite(number) && std::floor(number) == number;
    if (!integral || !range.contains(number)) {
        addTypeIssue(path, describeRange(range, true), value);
        return std::nullopt;
    }
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        addTypeIssue(path, u"an integer that fits in 32 bits"_s, value);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<QDate> JsonFieldReader::toDate(const QJsonValue& value, const QString& path)
{
    const auto date = value.isString() ? parseCalendarDate(value.toString()) : std::nullopt;
    if (!date)
        addTypeIssue(path, u"a calendar date YYYY-MM-DD"_s, value);
    return date;
}

std::optional<QDateTime> JsonFieldReader::toDateTimeWithZone(const QJsonValue& value, const QString& path)
{
    // A time without a zone names no instant, so turnaround clocks could be hours off: the zone is required.
    static const QRegularExpression shape(
        u"^(\\d{4}-\\d{2}-\\d{2})T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    std::optional<QDateTime> out;
    if (value.isString()) {
        const QString text = value.toString();
        const auto match = shape.match(text);
        if (match.hasMatch() && parseCalendarDate(match.captured(1))) {
            const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
            if (parsed.isValid())
                out = parsed;
        }
    }
    if (!out)
        addTypeIssue(path, u"an ISO 8601 date-time with a zone (Z or \u00b1hh:mm), e.g. 2025-09-10T08:30:00-04:00"_s,
                     value);
    return out;
}

std::optional<QJsonObject> JsonFieldReader::toObject(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        addTypeIssue(path, u"an object"_s, value);
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonFieldReader::toArray(const QJsonValue& value, const QString& path)
{
    if (!value.isArray()) {
        addTypeIssue(path, u"an array"_s, value);
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QStringList> JsonFieldReader::toStringList(const QJsonValue& value, const QString& path)
{
    const auto array = toArray(value, path);
    if (!array)
        return std::nullopt;
    QStringList out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (const auto text = toString(array->at(i), jsonPathIndex(path, i)))
            out.append(*text);
    }
    return out;
}

std::optional<qsizetype> JsonFieldReader::toEnumIndex(const QJsonValue& value, const QString& path,
                                                      const QStringList& names)
{
    const qsizetype index = value.isString() ? names.indexOf(value.toString()) : -1;
    if (index < 0) {
        addTypeIssue(path, u"one of "_s + names.join(u", "_s), value);
        return std::nullopt;
    }
    return index;
}

} // namespace spinereview
