// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/factslots.h"

namespace spinereview {

FactSlots::FactSlots()
{
    m_index.fill(kEmpty);
}

FactSlots::~FactSlots()
{
    for (std::size_t i = 0; i < m_size; ++i)
        at(i)->~FactValue();
}

const FactValue& FactSlots::store(FactId id, std::optional<Level> level, FactValue&& value)
{
    std::uint8_t& index = m_index[key(id, level)];
    if (index != kEmpty) {
        *at(index) = std::move(value);
        return *at(index);
    }
    index = static_cast<std::uint8_t>(m_size);
    ++m_size;
    return *new (at(index)) FactValue(std::move(value));
}

} // namespace spinereview
