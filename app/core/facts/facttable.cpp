// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/facttable.h"

#include "core/facts/casefactderiver.h"
#include "core/facts/levelfactderiver.h"

namespace spinereview {

FactTable::FactTable(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters)
    : m_case(spineCase)
    , m_reviewDate(reviewDate)
    , m_parameters(parameters)
    , m_imaging(spineCase, reviewDate, parameters.qualifyingImagingMonths)
    , m_caseFacts(CaseFactDeriver(spineCase, reviewDate, parameters, m_imaging).derive())
{}

const FactValue& FactTable::value(FactId id, std::optional<Level> level) const
{
    const auto index = static_cast<std::size_t>(id);
    if (FactCatalog::definition(id).scope == FactScope::Case)
        return m_caseFacts[index];
    Q_ASSERT(level.has_value());
    return levelFacts(level.value_or(Level::L5S1))[index];
}

const std::vector<FactValue>& FactTable::levelFacts(Level level) const
{
    auto& slot = m_levelFacts[static_cast<std::size_t>(level)];
    if (slot.empty())
        slot = LevelFactDeriver(m_case, m_reviewDate, m_parameters, m_imaging).derive(level);
    return slot;
}

} // namespace spinereview
