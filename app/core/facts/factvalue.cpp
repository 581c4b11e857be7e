// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/factvalue.h"

namespace spinereview {

QString FactValue::display() const
{
    if (const auto* b = std::get_if<bool>(&value))
        return *b ? QStringLiteral("yes") : QStringLiteral("no");
    if (const auto* d = std::get_if<double>(&value)) {
        const QString number = QString::number(*d, 'g', 6);
        return label.isEmpty() ? number : label + QStringLiteral(" (") + number + QLatin1Char(')');
    }
    if (const auto* s = std::get_if<QString>(&value))
        return *s;
    return QStringLiteral("not documented");
}

FactValue FactValue::ofBool(bool v, QStringList paths)
{
    return FactValue{v, false, {}, {}, {}, std::move(paths)};
}

FactValue FactValue::ofNumber(double v, QStringList paths)
{
    return FactValue{v, false, {}, {}, {}, std::move(paths)};
}

FactValue FactValue::ofText(const QString& v, QStringList paths)
{
    return FactValue{v, false, {}, {}, {}, std::move(paths)};
}

FactValue FactValue::unknown(const QString& record, QStringList paths)
{
    return FactValue{std::monostate{}, false, record, {}, {}, std::move(paths)};
}

FactValue FactValue::unknownAssumable(const QString& record, QStringList paths)
{
    return FactValue{std::monostate{}, true, record, {}, {}, std::move(paths)};
}

} // namespace spinereview
