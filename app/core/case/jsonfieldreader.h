// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"
#include "core/json/validationissue.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace spinereview {

// The allowed span of a number. Bounds are inclusive unless exclusiveMinimum is set (bmi > 0).
struct NumberRange
{
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;

    static NumberRange any() { return {}; }
    static NumberRange atLeast(double minimum) { return {minimum, std::nullopt, false}; }
    static NumberRange above(double minimum) { return {minimum, std::nullopt, true}; }
    static NumberRange between(double minimum, double maximum) { return {minimum, maximum, false}; }

    bool contains(double value) const;
};

// Converts the JSON values of an input file into typed values and collects, instead of stopping at, every
// problem: a reader keeps going after a bad value so the person fixing the file sees all of them at once.
// Each conversion takes a value that is present and not null; absent and null ("not documented") are the
// caller's business. A failed conversion returns nullopt and records one issue at `path`.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(const QString& fileName);

    const ValidationIssues& issues() const { return m_issues; }
    bool hasIssues() const { return !m_issues.isEmpty(); }
    void addIssue(const QString& path, const QString& message);

    std::optional<bool> toBool(const QJsonValue& value, const QString& path);
    std::optional<QString> toString(const QJsonValue& value, const QString& path);
    std::optional<double> toNumber(const QJsonValue& value, const QString& path, const NumberRange& range);
    std::optional<int> toInteger(const QJsonValue& value, const QString& path, const NumberRange& range);
    std::optional<QDate> toDate(const QJsonValue& value, const QString& path);
    std::optional<QDateTime> toDateTimeWithZone(const QJsonValue& value, const QString& path);
    std::optional<QJsonObject> toObject(const QJsonValue& value, const QString& path);
    std::optional<QJsonArray> toArray(const QJsonValue& value, const QString& path);
    std::optional<QStringList> toStringList(const QJsonValue& value, const QString& path);

    // The index of `value` in `names`, the JSON spellings of an enum.
    std::optional<qsizetype> toEnumIndex(const QJsonValue& value, const QString& path, const QStringList& names);

    template <typename E> std::optional<E> toEnum(const QJsonValue& value, const QString& path)
    {
        const auto index = toEnumIndex(value, path, enumAllNames<E>());
        return index ? std::optional<E>(static_cast<E>(*index)) : std::nullopt;
    }

    // An object key that must spell an enum value (a level in imaging[].levels, a component id in
    // request.componentLevels); `path` is the path of the key's member.
    template <typename E> std::optional<E> keyToEnum(const QString& key, const QString& path)
    {
        const auto value = enumFromString<E>(key);
        if (!value)
            addIssue(path, QStringLiteral("expected a key that is one of %1; found \"%2\"")
                               .arg(enumAllNames<E>().join(QStringLiteral(", ")), key));
        return value;
    }

    // A list of enum values. Repeating a value is an issue: a level or component listed twice is a typing
    // error, never a meaningful request.
    template <typename E>
    std::optional<QList<E>> toEnumList(const QJsonValue& value, const QString& path, bool nonEmpty)
    {
        const auto array = toArray(value, path);
        if (!array)
            return std::nullopt;
        if (nonEmpty && array->isEmpty())
            addIssue(path, QStringLiteral("must not be empty"));
        QList<E> out;
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString elementPath = jsonPathIndex(path, i);
            const auto element = toEnum<E>(array->at(i), elementPath);
            if (!element)
                continue;
            const qsizetype earlier = out.indexOf(*element);
            if (earlier >= 0) {
                addIssue(elementPath, QStringLiteral("duplicate entry \"%1\"; already listed at %2")
                                          .arg(enumToString(*element), jsonPathIndex(path, positions.at(earlier))));
                continue;
            }
            out.append(*element);
            positions.append(i);
        }
        return out;
    }

    // How a value is named in a message: strings quoted, numbers as written, containers by kind.
    static QString describe(const QJsonValue& value);

private:
    void addTypeIssue(const QString& path, const QString& expected, const QJsonValue& found);

    QString m_fileName;
    ValidationIssues m_issues;
};

} // namespace spinereview
