// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/facttable.h"

namespace spinereview {

FactTable::FactTable(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters)
    : m_case(spineCase)
    , m_reviewDate(reviewDate)
    , m_parameters(parameters)
    , m_imaging(spineCase, reviewDate, parameters.qualifyingImagingMonths)
    , m_caseDeriver(spineCase, reviewDate, m_parameters, m_imaging)
{}

const FactValue& FactTable::value(FactId id, std::optional<Level> level) const
{
    // FactId lists every case fact before the level facts (FactSlots' layout, checked by its test).
    Q_ASSERT((FactCatalog::definition(id).scope == FactScope::Case) == (FactSlots::isCaseFact(id)));
    if (FactSlots::isCaseFact(id)) {
        if (const FactValue* stored = m_facts.find(id, std::nullopt))
            return *stored;
        m_caseDeriver.derive(id, m_facts);
        return *m_facts.find(id, std::nullopt);
    }
    Q_ASSERT(level.has_value());
    const Level at = level.value_or(Level::L5S1);
    if (const FactValue* stored = m_facts.find(id, at))
        return *stored;
    auto& deriver = m_levelDerivers[static_cast<std::size_t>(at)];
    if (!deriver)
        deriver.emplace(m_case, m_reviewDate, m_parameters, m_imaging, at);
    deriver->derive(id, m_facts);
    return *m_facts.find(id, at);
}

} // namespace spinereview
