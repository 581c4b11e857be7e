// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/validationissue.h"

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
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace spinereview
