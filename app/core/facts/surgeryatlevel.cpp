// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/surgeryatlevel.h"

namespace spinereview {

SurgeryAtLevel SurgeryAtLevel::of(const SpineCase& spineCase, Level level)
{
    SurgeryAtLevel surgery;
    if (!spineCase.surgicalHistory)
        return surgery;
    surgery.documented = true;
    for (qsizetype i = 0; i < spineCase.surgicalHistory->size(); ++i) {
        const PriorOperation& operation = spineCase.surgicalHistory->at(i);
        if (!operation.levels.contains(level))
            continue;
        surgery.operated = true;
        surgery.operations.append(i);
        if (!operation.date)
            surgery.dateUnknown = true;
        else if (!surgery.lastDate || *operation.date > *surgery.lastDate)
            surgery.lastDate = operation.date;
    }
    return surgery;
}

} // namespace spinereview
