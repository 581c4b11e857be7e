// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace spinereview {

// The JSON spelling of every value of an enum of the case format. Each enum specialises EnumNames with
// its names (plain ASCII literals) in declaration order, so the ordinal is the index into `names`.
template <typename E> struct EnumNames;

template <typename E> std::optional<E> enumFromString(QStringView text)
{
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (text == QLatin1StringView(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E> QString enumToString(E value)
{
    return QString::fromLatin1(EnumNames<E>::names[static_cast<std::size_t>(value)]);
}

template <typename E> QStringList enumAllNames()
{
    QStringList out;
    for (const auto& name : EnumNames<E>::names)
        out.append(QString::fromLatin1(name));
    return out;
}

template <typename E> constexpr std::size_t enumCount()
{
    return EnumNames<E>::names.size();
}

} // namespace spinereview
