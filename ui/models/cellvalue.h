// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"

#include <QDate>
#include <QVariant>

#include <limits>
#include <optional>

namespace spinereview {

// Conversions between the case's optional fields and the EditRole values of the record tables: an enum as its
// JSON name, a bool, a number, a date. An invalid QVariant is "not documented", in both directions.
struct CellValue
{
    template <typename E> static QVariant ofEnum(const std::optional<E>& value)
    {
        return value ? QVariant(enumToString(*value)) : QVariant();
    }
    template <typename T> static QVariant of(const std::optional<T>& value)
    {
        return value ? QVariant::fromValue(*value) : QVariant();
    }

    // Each returns false, leaving `out` alone, for a value of the wrong kind or out of range.
    template <typename E> static bool toEnum(const QVariant& value, std::optional<E>& out)
    {
        if (isNotDocumented(value)) {
            out.reset();
            return true;
        }
        const std::optional<E> parsed = enumFromString<E>(value.toString());
        if (!parsed)
            return false;
        out = parsed;
        return true;
    }
    static bool toBool(const QVariant& value, std::optional<bool>& out);
    static bool toNumber(const QVariant& value, std::optional<double>& out, double minimum = 0.0,
                         double maximum = std::numeric_limits<double>::max());
    static bool toInteger(const QVariant& value, std::optional<int>& out, int minimum, int maximum);
    static bool toDate(const QVariant& value, std::optional<QDate>& out);

    // A number as the case file writes it ("4.5"), whatever the locale; empty when not documented.
    static QString numberText(const QVariant& value);
    static bool isNotDocumented(const QVariant& value);
};

} // namespace spinereview
