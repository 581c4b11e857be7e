// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cellvalue.h"

#include <QLocale>

namespace spinereview {

bool CellValue::isNotDocumented(const QVariant& value)
{
    return !value.isValid() || value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

bool CellValue::toBool(const QVariant& value, std::optional<bool>& out)
{
    if (isNotDocumented(value)) {
        out.reset();
        return true;
    }
    if (value.typeId() != QMetaType::Bool)
        return false;
    out = value.toBool();
    return true;
}

bool CellValue::toNumber(const QVariant& value, std::optional<double>& out, double minimum, double maximum)
{
    if (isNotDocumented(value)) {
        out.reset();
        return true;
    }
    bool ok = false;
    const double number =
        value.typeId() == QMetaType::QString ? QLocale::c().toDouble(value.toString(), &ok) : value.toDouble(&ok);
    if (!ok || number < minimum || number > maximum)
        return false;
    out = number;
    return true;
}

bool CellValue::toInteger(const QVariant& value, std::optional<int>& out, int minimum, int maximum)
{
    std::optional<double> number;
    if (!toNumber(value, number, minimum, maximum))
        return false;
    if (number && *number != static_cast<double>(static_cast<int>(*number)))
        return false;
    out = number ? std::optional<int>(static_cast<int>(*number)) : std::nullopt;
    return true;
}

bool CellValue::toDate(const QVariant& value, std::optional<QDate>& out)
{
    if (isNotDocumented(value)) {
        out.reset();
        return true;
    }
    const QDate date =
        value.typeId() == QMetaType::QString ? QDate::fromString(value.toString(), Qt::ISODate) : value.toDate();
    if (!date.isValid())
        return false;
    out = date;
    return true;
}

QString CellValue::numberText(const QVariant& value)
{
    return isNotDocumented(value) ? QString() : QLocale::c().toString(value.toDouble(), 'g', 10);
}

} // namespace spinereview
