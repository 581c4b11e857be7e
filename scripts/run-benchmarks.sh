#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the engine benchmarks in a Release build of their own (build/bench) and runs them five times,
# printing the median, mean and standard deviation of each with the machine, date and commit they describe.
# Extra arguments go to the benchmark executable (e.g. --benchmark_filter=BM_EvaluateSeed).
# These are measurements, not tests: nothing here fails on a slow figure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="build/bench"

# No -Werror here: GCC 12 at -O3 reports -Wmaybe-uninitialized false positives inside std::optional (GCC bug
# 80635), and a measurement should not depend on them; the -Werror build is the CI one.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPINEREVIEW_BUILD_TESTS=ON -DSPINEREVIEW_WERROR=OFF
cmake --build "$build" --target spinereview_bench_engine

if git rev-parse --verify --quiet HEAD >/dev/null; then
    commit="$(git rev-parse --short HEAD)"
    changes="$(git status --porcelain --untracked-files=normal)"
    if [ -n "$changes" ]; then
        commit="$commit plus uncommitted working tree"
    fi
else
    commit="uncommitted working tree"
fi

echo "== machine: $(nproc) logical CPUs, $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "== load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "== commit: $commit"
options=(--benchmark_repetitions=5 --benchmark_report_aggregates_only=true "$@")
echo "== command: $build/bin/spinereview_bench_engine ${options[*]}"
"$build/bin/spinereview_bench_engine" "${options[@]}"
