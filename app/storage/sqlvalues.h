// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

// Conversions between the model's values and the columns the schema stores them in, shared by the
// repositories. Times are BIGINT milliseconds since the epoch (UTC); an absent value is a typed NULL.

namespace spinereview::SqlValues {

inline QVariant time(const QDateTime& value)
{
    return QVariant(qint64(value.toMSecsSinceEpoch()));
}

inline QVariant time(const std::optional<QDateTime>& value)
{
    return value ? time(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant text(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

// Qt's drivers bind a null QString as NULL: a NOT NULL text column gets a non-null empty string instead.
inline QVariant requiredText(const QString& value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

// The same for bytes: a NOT NULL blob column gets an empty, non-null array.
inline QVariant requiredBytes(const QByteArray& value)
{
    return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
}

inline QVariant ref(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime toTime(const QVariant& column)
{
    return QDateTime::fromMSecsSinceEpoch(column.toLongLong(), Qt::UTC);
}

inline std::optional<QDateTime> toOptionalTime(const QVariant& column)
{
    if (column.isNull())
        return std::nullopt;
    return toTime(column);
}

inline std::optional<QString> toOptionalText(const QVariant& column)
{
    if (column.isNull())
        return std::nullopt;
    return column.toString();
}

inline std::optional<qint64> toOptionalRef(const QVariant& column)
{
    if (column.isNull())
        return std::nullopt;
    return column.toLongLong();
}

} // namespace spinereview::SqlValues
