// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace spinereview {

JsonObjectReader::JsonObjectReader(JsonFieldReader& fields, const QJsonObject& object, const QString& path)
    : m_fields(fields)
    , m_object(object)
    , m_path(path)
{}

QString JsonObjectReader::pathOf(QLatin1StringView key) const
{
    return jsonPathMember(m_path, QString(key));
}

QJsonValue JsonObjectReader::take(QLatin1StringView key)
{
    m_readKeys.insert(QString(key));
    return m_object.value(key);
}

void JsonObjectReader::addMissingIssue(QLatin1StringView key, const QJsonValue& value)
{
    m_fields.addIssue(pathOf(key),
                      value.isNull() ? u"required field is missing; found null"_s : u"required field is missing"_s);
}

std::optional<bool> JsonObjectReader::optionalBool(QLatin1StringView key)
{
    const QJsonValue value = take(key);
    return isDocumented(value) ? m_fields.toBool(value, pathOf(key)) : std::nullopt;
}

std::optional<QString> JsonObjectReader::optionalString(QLatin1StringView key)
{
    const QJsonValue value = take(key);
    return isDocumented(value) ? m_fields.toString(value, pathOf(key)) : std::nullopt;
}

std::optional<QString> JsonObjectReader::requiredString(QLatin1StringView key)
{
    const QJsonValue value = take(key);
    if (!isDocumented(value)) {
        addMissingIssue(key, value);
        return std::nullopt;
    }
    return m_fields.toString(value, pathOf(key));
}

QString JsonObjectReader::requiredNonEmptyString(QLatin1StringView key)
{
    const auto text = requiredString(key);
    // Blank counts as empty: an identifier of spaces identifies nothing.
    if (text && text->trimmed().isEmpty())
        m_fields.addIssue(pathOf(key), u"must not be empty"_s);
    return text.value_or(QString());
}

std::optional<double> JsonObjectReader::optionalNumber(QLatin1StringView key, const NumberRange& range)
{
    const QJsonValue value = take(key);
    return isDocumented(value) ? m_fields.toNumber(value, pathOf(key), range) : std::nullopt;
}

std::optional<int> JsonObjectReader::optionalInteger(QLatin1StringView key, const NumberRange& range)
{
    const QJsonValue value = take(key);
    return isDocumented(value) ? m_fields.toInteger(value, pathOf(key), range) : std::nullopt;
}

std::optional<QDate> JsonObjectReader::optionalDate(QLatin1StringView key)
{
    const QJsonValue value = take(key);
    return isDocumented(value) ? m_fields.toDate(value, pathOf(key)) : std::nullopt;
}

QDate JsonObjectReader::requiredDate(QLatin1StringView key)
{
    const QJsonValue value = take(key);
    if (!isDocumented(value)) {
        addMissingIssue(key, value);
        return {};
    }
    return m_fields.toDate(value, pathOf(key)).value_or(QDate());
}

std::optional<QDateTime> JsonObjectReader::optionalDateTimeWithZone(QLatin1StringView key)
{
    const QJsonValue value = take(key);
    return isDocumented(value) ? m_fields.toDateTimeWithZone(value, pathOf(key)) : std::nullopt;
}

std::optional<QStringList> JsonObjectReader::optionalStringList(QLatin1StringView key)
{
    const QJsonValue value = take(key);
    return isDocumented(value) ? m_fields.toStringList(value, pathOf(key)) : std::nullopt;
}

std::optional<QJsonObject> JsonObjectReader::optionalRawObject(QLatin1StringView key)
{
    const QJsonValue value = take(key);
    return isDocumented(value) ? m_fields.toObject(value, pathOf(key)) : std::nullopt;
}

QJsonValue JsonObjectReader::optionalValue(QLatin1StringView key)
{
    const QJsonValue value = take(key);
    return isDocumented(value) ? value : QJsonValue(QJsonValue::Undefined);
}

QJsonObject JsonObjectReader::unknownMembers() const
{
    QJsonObject out;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_readKeys.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace spinereview
