// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/jsonfieldreader.h"

#include <QMap>
#include <QSet>

namespace spinereview {

// A view of one JSON object of an input file at a known path. Its getters read a member by key, treat
// absent and null alike as "not documented" (nullopt) and remember which keys they read, so whatever the
// format does not define is left over in unknownMembers() for the model's `extra`, without a second list of
// known keys that could drift from the getters.
class JsonObjectReader
{
public:
    JsonObjectReader(JsonFieldReader& fields, const QJsonObject& object, const QString& path);

    JsonFieldReader& fields() const { return m_fields; }
    QString pathOf(QLatin1StringView key) const;

    std::optional<bool> optionalBool(QLatin1StringView key);
    std::optional<QString> optionalString(QLatin1StringView key);
    std::optional<QString> requiredString(QLatin1StringView key);
    QString requiredNonEmptyString(QLatin1StringView key);
    std::optional<double> optionalNumber(QLatin1StringView key, const NumberRange& range = NumberRange::any());
    std::optional<int> optionalInteger(QLatin1StringView key, const NumberRange& range);
    std::optional<QDate> optionalDate(QLatin1StringView key);
    QDate requiredDate(QLatin1StringView key);
    std::optional<QDateTime> optionalDateTimeWithZone(QLatin1StringView key);
    std::optional<QStringList> optionalStringList(QLatin1StringView key);
    std::optional<QJsonObject> optionalRawObject(QLatin1StringView key);
    // A member of any type, as it is: for formats whose members change type (FHIR's value[x]). Absent and
    // null give an undefined value.
    QJsonValue optionalValue(QLatin1StringView key);

    template <typename E> std::optional<E> optionalEnum(QLatin1StringView key)
    {
        const QJsonValue value = take(key);
        return isDocumented(value) ? m_fields.toEnum<E>(value, pathOf(key)) : std::nullopt;
    }

    // A required enum; on a problem the issue is recorded and `fallback` is returned only so the caller can
    // go on collecting issues: a case with any issue is refused, so the fallback never reaches a model.
    template <typename E> E requiredEnum(QLatin1StringView key, E fallback)
    {
        const QJsonValue value = take(key);
        if (!isDocumented(value)) {
            addMissingIssue(key, value);
            return fallback;
        }
        return m_fields.toEnum<E>(value, pathOf(key)).value_or(fallback);
    }

    template <typename E> std::optional<QList<E>> optionalEnumList(QLatin1StringView key)
    {
        const QJsonValue value = take(key);
        return isDocumented(value) ? m_fields.toEnumList<E>(value, pathOf(key), false) : std::nullopt;
    }

    template <typename E> QList<E> requiredEnumList(QLatin1StringView key, bool nonEmpty)
    {
        const QJsonValue value = take(key);
        if (!isDocumented(value)) {
            addMissingIssue(key, value);
            return {};
        }
        return m_fields.toEnumList<E>(value, pathOf(key), nonEmpty).value_or(QList<E>());
    }

    // One nested object, read by `read` from its own view.
    template <typename T> std::optional<T> optionalObject(QLatin1StringView key, T (*read)(JsonObjectReader&))
    {
        const auto object = optionalRawObject(key);
        if (!object)
            return std::nullopt;
        JsonObjectReader nested(m_fields, *object, pathOf(key));
        return read(nested);
    }

    template <typename T> std::optional<T> requiredObject(QLatin1StringView key, T (*read)(JsonObjectReader&))
    {
        const QJsonValue value = m_object.value(key);
        if (!isDocumented(value)) {
            take(key);
            addMissingIssue(key, value);
            return std::nullopt;
        }
        return optionalObject(key, read);
    }

    // An array of objects; an element that is not an object is an issue and is skipped.
    template <typename T>
    std::optional<QList<T>> optionalObjectList(QLatin1StringView key, T (*read)(JsonObjectReader&))
    {
        const QJsonValue value = take(key);
        if (!isDocumented(value))
            return std::nullopt;
        const auto array = m_fields.toArray(value, pathOf(key));
        if (!array)
            return std::nullopt;
        QList<T> out;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString elementPath = jsonPathIndex(pathOf(key), i);
            if (const auto object = m_fields.toObject(array->at(i), elementPath)) {
                JsonObjectReader element(m_fields, *object, elementPath);
                out.append(read(element));
            }
        }
        return out;
    }

    // An object whose keys are enum spellings (imaging[].levels, request.levelPlans) and whose values are
    // objects read by `read`. A null value documents nothing, like an absent key.
    template <typename K, typename T>
    std::optional<QMap<K, T>> optionalObjectMap(QLatin1StringView key, T (*read)(JsonObjectReader&))
    {
        const auto object = optionalRawObject(key);
        if (!object)
            return std::nullopt;
        QMap<K, T> out;
        for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
            const QString memberPath = jsonPathMember(pathOf(key), it.key());
            const auto mapKey = m_fields.keyToEnum<K>(it.key(), memberPath);
            if (it.value().isNull())
                continue;
            const auto member = m_fields.toObject(it.value(), memberPath);
            if (!mapKey || !member)
                continue;
            JsonObjectReader nested(m_fields, *member, memberPath);
            out.insert(*mapKey, read(nested));
        }
        return out;
    }

    // The members no getter has read: what the format does not define, kept verbatim.
    QJsonObject unknownMembers() const;

private:
    static bool isDocumented(const QJsonValue& value) { return !value.isUndefined() && !value.isNull(); }
    QJsonValue take(QLatin1StringView key);
    void addMissingIssue(QLatin1StringView key, const QJsonValue& value);

    JsonFieldReader& m_fields;
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_readKeys;
};

} // namespace spinereview
