// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/validationissue.h"

#include <array>

namespace spinereview {

QString ValidationIssue::toString() const
{
    QString out = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (!path.isEmpty())
        out += QStringLiteral(": ") + path;
    return out + QStringLiteral(": ") + message;
}

QString jsonPathMember(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString jsonPathIndex(const QString& parent, qsizetype index)
{
    // The digits written in place rather than through QString::number: one allocation for the path, which
    // the facts build for every array element they are taken from.
    std::array<char16_t, 24> digits{};
    auto first = digits.end();
    auto n = static_cast<unsigned long long>(index < 0 ? -index : index);
    do {
        *--first = static_cast<char16_t>(u'0' + n % 10);
        n /= 10;
    } while (n != 0);
    if (index < 0)
        *--first = u'-';
    return parent + QLatin1Char('[') + QStringView(first, digits.end()) + QLatin1Char(']');
}

} // namespace spinereview
