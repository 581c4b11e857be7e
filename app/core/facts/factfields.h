// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"
#include "core/facts/factvalue.h"

#include <optional>

namespace spinereview {

// The paths of a fact that always comes from the same fields, as a list over static storage: the list is
// copied into every rationale that reads the fact, and such a list is copied and destroyed without
// allocating. Each of `paths` is a lambda returning a path; each call site's lambdas have types of their own,
// hence storage of its own.
template <typename... Paths> QStringList fixedPath(Paths... paths)
{
    static const QString storage[] = {paths()...};
    return QStringList::fromReadOnlyData(storage);
}

// Facts that are one case field as it stands: known when documented, else unknown naming the record. `path`
// as for fixedPath.
namespace FactFields {

template <typename Path> FactValue boolean(std::optional<bool> field, Path path, const QString& record)
{
    return field ? FactValue::ofBool(*field, fixedPath(path)) : FactValue::unknown(record, fixedPath(path));
}

template <typename Path> FactValue number(std::optional<double> field, Path path, const QString& record)
{
    return field ? FactValue::ofNumber(*field, fixedPath(path)) : FactValue::unknown(record, fixedPath(path));
}

template <typename E, typename Path> FactValue enumeration(std::optional<E> field, Path path, const QString& record)
{
    return field ? FactValue::ofText(enumToString(*field), fixedPath(path))
                 : FactValue::unknown(record, fixedPath(path));
}

} // namespace FactFields

} // namespace spinereview
