// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/criteriaset.h"

namespace spinereview {

const ComponentRule* CriteriaSet::rule(Component component) const
{
    const auto it = rules.find(component);
    return it == rules.end() ? nullptr : &it->second;
}

} // namespace spinereview
