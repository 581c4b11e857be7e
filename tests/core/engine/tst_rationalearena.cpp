// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/rationalearena.h"

#include <QTest>

#include <cstdint>
#include <vector>

using namespace spinereview;

// RationaleArena: aligned, non-overlapping allocations from few blocks; requests larger than a block; a
// thread's next arena starting in the block the last one gave back.
class TestRationaleArena : public QObject
{
    Q_OBJECT

private slots:
    void alignedAndDisjoint();
    void largeRequestGetsItsOwnBlock();
    void containersLiveInIt();
    void nextArenaReusesTheBlock();
};

namespace {

bool aligned(const void* p, std::size_t alignment)
{
    return reinterpret_cast<std::uintptr_t>(p) % alignment == 0;
}

} // namespace

void TestRationaleArena::alignedAndDisjoint()
{
    RationaleArena arena;
    std::vector<std::pair<std::byte*, std::size_t>> taken;
    for (std::size_t i = 1; i <= 200; ++i) {
        const std::size_t bytes = (i * 37) % 300 + 1;
        const std::size_t alignment = std::size_t(1) << (i % 5); // 1 to 16
        auto* p = static_cast<std::byte*>(arena.allocate(bytes, alignment));
        QVERIFY(aligned(p, alignment));
        std::fill(p, p + bytes, std::byte(i & 0xff));
        taken.emplace_back(p, bytes);
    }
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const auto [p, bytes] = taken[i];
        for (std::size_t j = 0; j < bytes; ++j)
            QCOMPARE(p[j], std::byte((i + 1) & 0xff));
    }
    QVERIFY(arena.bytesAllocated() >= 200);
    QCOMPARE(arena.blockCount(), 1);
}

void TestRationaleArena::largeRequestGetsItsOwnBlock()
{
    RationaleArena arena;
    QVERIFY(arena.allocate(100, 8));
    auto* large = static_cast<std::byte*>(arena.allocate(3 * RationaleArena::kBlockBytes, 16));
    QVERIFY(aligned(large, 16));
    std::fill(large, large + 3 * RationaleArena::kBlockBytes, std::byte(0x5a));
    QCOMPARE(arena.blockCount(), 2);
    // The standard blocks keep serving small requests after it.
    for (int i = 0; i < 1000; ++i)
        QVERIFY(aligned(arena.allocate(100, 8), 8));
    QVERIFY(arena.blockCount() >= 3);
    QCOMPARE(large[3 * RationaleArena::kBlockBytes - 1], std::byte(0x5a));
}

void TestRationaleArena::containersLiveInIt()
{
    RationaleArena arena;
    std::pmr::vector<std::pmr::vector<int>> nested(&arena);
    for (int i = 0; i < 100; ++i) {
        auto& inner = nested.emplace_back();
        for (int j = 0; j <= i; ++j)
            inner.push_back(i * 1000 + j);
    }
    QCOMPARE(nested[42].get_allocator().resource(), &arena);
    QCOMPARE(nested[99].size(), std::size_t(100));
    QCOMPARE(nested[99][99], 99099);
    QCOMPARE(nested[7][3], 7003);
}

void TestRationaleArena::nextArenaReusesTheBlock()
{
    void* first = nullptr;
    {
        RationaleArena arena;
        first = arena.allocate(64, 8);
    }
    RationaleArena next;
    QCOMPARE(next.allocate(64, 8), first);
}

QTEST_GUILESS_MAIN(TestRationaleArena)
#include "tst_rationalearena.moc"
