// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"

#include <optional>

namespace spinereview {

// What the surgical history says of one level: whether it is documented at all, whether the level was
// operated on, and when last — findings at an operated level count only from studies after that date.
struct SurgeryAtLevel
{
    bool documented = false;
    bool operated = false;
    bool dateUnknown = false;      // an operation at the level has no date
    std::optional<QDate> lastDate; // the latest operation at the level
    QList<qsizetype> operations;   // indices into surgicalHistory

    static SurgeryAtLevel of(const SpineCase& spineCase, Level level);

    // Whether the dates allow telling which studies came after the operations (always, if never operated).
    bool datesKnown() const { return !operated || !dateUnknown; }
    // The date after which studies describe the level as it is now, if it was operated on.
    std::optional<QDate> findingsAfter() const { return operated ? lastDate : std::nullopt; }
};

} // namespace spinereview
