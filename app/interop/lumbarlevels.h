// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"

#include <QList>
#include <QString>

namespace spinereview {

// Lumbar levels named in free text such as a procedure's bodySite ("L4-L5", "L4/5", "L5-S1").
struct LumbarLevelsInText
{
    QList<Level> levels;   // in the order written, each once
    QStringList ambiguous; // spans of more than one level ("L3-L5"): which segments is not said
};

namespace LumbarLevels {
LumbarLevelsInText find(const QString& text);
}

} // namespace spinereview
