// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/facts/factcatalog.h"
#include "core/facts/factvalue.h"

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <cstdint>
#include <new>
#include <optional>

namespace spinereview {

// The facts a FactTable has derived so far, by fact and level (case facts have none, level facts one).
// Facts are derived on first read — a criteria set reads only some of them, and at the levels a request
// leaves out only a few — so they are stored in the order they come, in storage reserved inline for every
// fact at every level: storing allocates nothing, and a stored fact never moves (FactSource hands out
// references to it).
class FactSlots
{
public:
    // Every case fact, and every level fact at each level.
    static constexpr std::size_t kCaseFacts = static_cast<std::size_t>(FactId::LevelName);
    static constexpr std::size_t kLevelFacts = static_cast<std::size_t>(FactId::Count) - kCaseFacts;
    static constexpr std::size_t kCapacity = kCaseFacts + kLevelFacts * enumCount<Level>();

    static constexpr bool isCaseFact(FactId id) { return static_cast<std::size_t>(id) < kCaseFacts; }

    FactSlots();
    ~FactSlots();
    Q_DISABLE_COPY_MOVE(FactSlots)

    // The stored fact, or nullptr while it has not been stored.
    const FactValue* find(FactId id, std::optional<Level> level) const
    {
        const std::uint8_t index = m_index[key(id, level)];
        return index == kEmpty ? nullptr : at(index);
    }
    // Stores the fact (replacing it, if it was stored already) and returns it.
    const FactValue& store(FactId id, std::optional<Level> level, FactValue&& value);

    std::size_t size() const { return m_size; }

private:
    static constexpr std::uint8_t kEmpty = 0xff;
    static_assert(kCapacity < kEmpty, "a slot index is one byte");

    static std::size_t key(FactId id, std::optional<Level> level)
    {
        const auto fact = static_cast<std::size_t>(id);
        Q_ASSERT(level.has_value() == (fact >= kCaseFacts));
        return level ? kCaseFacts + static_cast<std::size_t>(*level) * kLevelFacts + (fact - kCaseFacts) : fact;
    }
    FactValue* at(std::size_t index)
    {
        return std::launder(reinterpret_cast<FactValue*>(m_storage + index * sizeof(FactValue)));
    }
    const FactValue* at(std::size_t index) const
    {
        return std::launder(reinterpret_cast<const FactValue*>(m_storage + index * sizeof(FactValue)));
    }

    std::array<std::uint8_t, kCapacity> m_index; // by key: the position of the fact in m_storage, or kEmpty
    std::size_t m_size = 0;
    alignas(FactValue) std::byte m_storage[kCapacity * sizeof(FactValue)];
};

} // namespace spinereview
