// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace spinereview {

// Writes a case as spinereview-case/1. Only documented values are written (nullopt is left out, never
// null), each object's `extra` members are merged back, so reading what was written gives the same model.
class CaseWriter
{
public:
    static QJsonObject toJson(const SpineCase& c);
    // Indented JSON ending in a newline, the form case files are kept in.
    static QByteArray toBytes(const SpineCase& c);
    // Replaces `path` atomically (QSaveFile): a failed write leaves the old file whole. On failure returns
    // false and, when `error` is given, says why.
    static bool writeFile(const SpineCase& c, const QString& path, QString* error);
};

} // namespace spinereview
