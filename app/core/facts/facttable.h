// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factparameters.h"
#include "core/facts/factsource.h"
#include "core/facts/factvalue.h"
#include "core/facts/imagingindex.h"

#include <array>
#include <vector>

namespace spinereview {

// The derived facts of one case as of one review date: case facts computed at construction, the facts of
// a level the first time that level is asked for. The one place that turns a case into what criteria read.
// Holds a reference to the case: it lives only as long as one evaluation.
class FactTable final : public FactSource
{
public:
    FactTable(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters);

    // A case fact (level ignored) or the fact of `level` (required for level facts).
    const FactValue& value(FactId id, std::optional<Level> level = std::nullopt) const override;

    QDate reviewDate() const { return m_reviewDate; }
    const SpineCase& spineCase() const { return m_case; }

private:
    const std::vector<FactValue>& levelFacts(Level level) const;

    const SpineCase& m_case;
    QDate m_reviewDate;
    FactParameters m_parameters;
    ImagingIndex m_imaging;
    std::vector<FactValue> m_caseFacts;
    mutable std::array<std::vector<FactValue>, enumCount<Level>()> m_levelFacts;
};

} // namespace spinereview
