// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

namespace benchmarks {

// The value below which `fraction` (0–1) of `values` lie, nearest rank; 0 for no values. For the per-sample
// medians and 99th percentiles the benchmarks report beside Google Benchmark's means.
inline double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

} // namespace benchmarks
