// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <memory_resource>

namespace spinereview {

// The memory of one evaluation's rationale trees (CriterionOutcome's vectors): a bump allocator over large
// blocks, all given back at once when the result holding the arena goes. Hundreds of nodes cost a handful of
// allocations instead of one each, and nothing is freed node by node. A thread keeps the last standard
// block it gave back for its next arena: an evaluation runs on every edit, and in glibc every large
// allocation also consolidates the small free chunks, so reusing the block spares both.
class RationaleArena final : public std::pmr::memory_resource
{
public:
    // The size of a standard block: the rationale of the seed case under the bundled sets takes 14 to 41 KB.
    static constexpr std::size_t kBlockBytes = 64 * 1024;

    RationaleArena() = default;
    ~RationaleArena() override;
    Q_DISABLE_COPY_MOVE(RationaleArena)

    // Bytes handed out so far, alignment padding included.
    std::size_t bytesAllocated() const { return m_allocated; }
    // Blocks taken so far (standard ones, and one per request larger than a standard block).
    int blockCount() const { return m_blockCount; }

private:
    struct Block
    {
        Block* previous;
        std::size_t bytes; // of the whole block, this header included
    };

    void* do_allocate(std::size_t bytes, std::size_t alignment) override;
    void do_deallocate(void*, std::size_t, std::size_t) override {}
    bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }

    void addBlock(std::size_t bytes);

    Block* m_block = nullptr; // the current block; earlier ones are chained through `previous`
    std::byte* m_next = nullptr;
    std::byte* m_end = nullptr;
    std::size_t m_allocated = 0;
    int m_blockCount = 0;
};

} // namespace spinereview
