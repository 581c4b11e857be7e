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

template <typename E> constexpr std::size_t enumCount()
{
    return EnumNames<E>::names.size();
}

namespace detail {

template <typename E> constexpr std::size_t enumNamesLength()
{
    std::size_t length = 0;
    for (const char* name : EnumNames<E>::names) {
        while (*name++)
            ++length;
    }
    return length;
}

// The names of an enum as UTF-16, converted at compile time, so that enumToString hands out strings that
// point into them: no allocation and no reference count, as for a QStringLiteral. The engine names a level
// or a value in almost every fact path and sentence it builds.
template <typename E> struct EnumNamesUtf16
{
    std::array<char16_t, enumNamesLength<E>()> text{};
    std::array<std::size_t, enumCount<E>() + 1> start{}; // name i is text[start[i], start[i + 1])
};

template <typename E> constexpr EnumNamesUtf16<E> makeEnumNamesUtf16()
{
    EnumNamesUtf16<E> out;
    std::size_t length = 0;
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        out.start[i] = length;
        for (const char* c = EnumNames<E>::names[i]; *c; ++c)
            out.text[length++] = static_cast<char16_t>(*c);
    }
    out.start[enumCount<E>()] = length;
    return out;
}

template <typename E> inline constexpr EnumNamesUtf16<E> enumNamesUtf16 = makeEnumNamesUtf16<E>();

} // namespace detail

template <typename E> QString enumToString(E value)
{
    const auto& names = detail::enumNamesUtf16<E>;
    const auto i = static_cast<std::size_t>(value);
    return QString::fromRawData(reinterpret_cast<const QChar*>(names.text.data() + names.start[i]),
                                static_cast<qsizetype>(names.start[i + 1] - names.start[i]));
}

template <typename E> QStringList enumAllNames()
{
    QStringList out;
    for (const auto& name : EnumNames<E>::names)
        out.append(QString::fromLatin1(name));
    return out;
}

} // namespace spinereview
