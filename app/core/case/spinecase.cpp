// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/spinecase.h"

namespace spinereview {

QList<Level> SpineCase::levelsOf(Component component) const
{
    if (request.componentLevels) {
        const auto it = request.componentLevels->constFind(component);
        if (it != request.componentLevels->constEnd())
            return *it;
    }
    return request.levels;
}

} // namespace spinereview
