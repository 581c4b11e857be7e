// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/rationalearena.h"

#include <cstdint>
#include <cstdlib>
#include <new>
#include <utility>

namespace spinereview {

namespace {

// The standard block this thread gave back last, if any. Plain data, so that an arena destroyed after the
// thread's destructors have run (one held by a static) still finds it, closed, and frees its own blocks.
thread_local void* spareBlock = nullptr;
thread_local bool spareClosed = false;

// Frees the spare block when the thread ends.
struct SpareRelease
{
    ~SpareRelease()
    {
        std::free(spareBlock);
        spareBlock = nullptr;
        spareClosed = true;
    }
};
thread_local SpareRelease spareRelease;

void* takeBlock(std::size_t bytes)
{
    if (bytes == RationaleArena::kBlockBytes && spareBlock)
        return std::exchange(spareBlock, nullptr);
    void* memory = std::malloc(bytes);
    if (!memory)
        throw std::bad_alloc();
    return memory;
}

void giveBack(void* memory, std::size_t bytes)
{
    if (bytes == RationaleArena::kBlockBytes && !spareBlock && !spareClosed) {
        static_cast<void>(&spareRelease); // constructed on first use in the thread, so that it frees the block
        spareBlock = memory;
    } else {
        std::free(memory);
    }
}

std::size_t roundUp(std::size_t value, std::size_t alignment)
{
    return (value + alignment - 1) & ~(alignment - 1);
}

} // namespace

RationaleArena::~RationaleArena()
{
    while (m_block) {
        Block* previous = m_block->previous;
        giveBack(m_block, m_block->bytes);
        m_block = previous;
    }
}

void* RationaleArena::do_allocate(std::size_t bytes, std::size_t alignment)
{
    auto address = reinterpret_cast<std::uintptr_t>(m_next);
    std::size_t padding = roundUp(address, alignment) - address;
    if (!m_block || padding + bytes > static_cast<std::size_t>(m_end - m_next)) {
        const std::size_t needed = roundUp(sizeof(Block), alignment) + bytes;
        addBlock(needed > kBlockBytes ? needed : kBlockBytes);
        address = reinterpret_cast<std::uintptr_t>(m_next);
        padding = roundUp(address, alignment) - address;
    }
    std::byte* result = m_next + padding;
    m_next = result + bytes;
    m_allocated += padding + bytes;
    return result;
}

void RationaleArena::addBlock(std::size_t bytes)
{
    auto* block = static_cast<Block*>(takeBlock(bytes));
    block->previous = m_block;
    block->bytes = bytes;
    m_block = block;
    m_next = reinterpret_cast<std::byte*>(block) + sizeof(Block);
    m_end = reinterpret_cast<std::byte*>(block) + bytes;
    ++m_blockCount;
}

} // namespace spinereview
