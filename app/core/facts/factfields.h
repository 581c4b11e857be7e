// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"
#include "core/facts/factvalue.h"

#include <optional>

namespace spinereview {

// Facts that are one case field as it stands: known when documented, else unknown naming the record.
namespace FactFields {

inline FactValue boolean(std::optional<bool> field, const QString& path, const QString& record)
{
    return field ? FactValue::ofBool(*field, {path}) : FactValue::unknown(record, {path});
}

inline FactValue number(std::optional<double> field, const QString& path, const QString& record)
{
    return field ? FactValue::ofNumber(*field, {path}) : FactValue::unknown(record, {path});
}

template <typename E> FactValue enumeration(std::optional<E> field, const QString& path, const QString& record)
{
    return field ? FactValue::ofText(enumToString(*field), {path}) : FactValue::unknown(record, {path});
}

} // namespace FactFields

} // namespace spinereview
