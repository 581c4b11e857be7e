// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/json/validationissue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace spinereview {

// The value of `format` in every case file this version reads and writes.
inline constexpr char caseFormatId[] = "spinereview-case/1";

// A case read from a file: the model when the file follows spinereview-case/1, otherwise every problem
// found in it. There is no partial result: a file with any issue is refused.
struct CaseReadResult
{
    std::optional<SpineCase> value;
    ValidationIssues issues;

    bool ok() const { return value.has_value(); }
};

// Reads and validates case files (see case-format.md). Issues name `sourceName` as their file, the JSON
// path of the problem and what was expected against what was found.
class CaseReader
{
public:
    static CaseReadResult readFile(const QString& path);
    static CaseReadResult readBytes(const QByteArray& json, const QString& sourceName);
    static CaseReadResult readObject(const QJsonObject& object, const QString& sourceName);
};

} // namespace spinereview
