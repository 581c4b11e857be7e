// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factvalue.h"

#include <optional>

namespace spinereview {

// Where criteria read facts from: a case's FactTable, or a plain assignment in the tests that check the
// condition trees against an independent JsonLogic implementation.
class FactSource
{
public:
    virtual ~FactSource() = default;
    // A case fact (level ignored) or the fact of `level` (required for level facts).
    virtual const FactValue& value(FactId id, std::optional<Level> level) const = 0;
};

} // namespace spinereview
