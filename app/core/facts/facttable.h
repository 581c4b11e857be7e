// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/facts/casefactderiver.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factparameters.h"
#include "core/facts/factslots.h"
#include "core/facts/factsource.h"
#include "core/facts/factvalue.h"
#include "core/facts/imagingindex.h"
#include "core/facts/levelfactderiver.h"

#include <array>

namespace spinereview {

// The derived facts of one case as of one review date, each computed the first time it is asked for. The
// one place that turns a case into what criteria read. Holds a reference to the case: it lives only as long
// as one evaluation.
class FactTable final : public FactSource
{
public:
    FactTable(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters);

    // A case fact (level ignored) or the fact of `level` (required for level facts).
    const FactValue& value(FactId id, std::optional<Level> level = std::nullopt) const override;

    QDate reviewDate() const { return m_reviewDate; }
    const SpineCase& spineCase() const { return m_case; }

private:
    const SpineCase& m_case;
    QDate m_reviewDate;
    FactParameters m_parameters;
    ImagingIndex m_imaging;
    CaseFactDeriver m_caseDeriver;
    mutable std::array<std::optional<LevelFactDeriver>, enumCount<Level>()> m_levelDerivers;
    mutable FactSlots m_facts;
};

} // namespace spinereview
