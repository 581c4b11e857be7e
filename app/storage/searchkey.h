// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Case-insensitive prefix search on an index, the same on SQLite and PostgreSQL: a stored key is the text
// case-folded here (not by the database, whose lower() differs between back ends and locales), and a prefix
// is the key range [prefix, upperBound(prefix)), compared byte-wise (the key columns use binary collation).

namespace spinereview::SearchKey {

inline QString of(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

// The smallest key above every key that starts with `prefix` (a non-empty, already folded prefix).
inline QString upperBound(const QString& prefix)
{
    const char16_t last = prefix.back().unicode();
    // Incrementing a BMP character below the surrogates keeps UTF-8 byte order; past that, U+10FFFF (the
    // greatest code point) follows every continuation.
    if (last < 0xD7FF)
        return prefix.chopped(1) + QChar(char16_t(last + 1));
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

} // namespace spinereview::SearchKey
