// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace spinereview {

// A case JSON path split at an element of an array: "conservativeTherapy[2].end" under "conservativeTherapy"
// is element 2 with the rest "end". Sections use it to find the row a fact or a validation issue points at.
struct IndexedPath
{
    qsizetype index = -1;
    QString rest; // the member path inside the element; empty for the element itself

    // nullopt when `path` is not inside an element of the array at `base`.
    static std::optional<IndexedPath> parse(const QString& path, const QString& base);
    // Whether `path` is `base` itself or anything inside it ("imaging", "imaging[0].date", not "imagingX").
    static bool within(const QString& path, const QString& base);
};

} // namespace spinereview
