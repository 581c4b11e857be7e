#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets into build/fuzz and runs each for SECONDS (default 30) from seed corpora copied
# out of the source tree. Exits non-zero when any target finds a crash, leak, timeout or out-of-memory, and
# prints the reproducer's path. Usage: scripts/run-fuzz.sh [SECONDS]
set -euo pipefail

seconds="${1:-30}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [SECONDS]  (a whole number of seconds per target, default 30)" >&2
    exit 64
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="build/fuzz"

CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja \
    -DSPINEREVIEW_FUZZ=ON -DSPINEREVIEW_BUILD_TESTS=OFF -DSPINEREVIEW_WERROR=ON
cmake --build "$build" --target fuzz_casereader fuzz_criteria

# Seeds are copied, never fuzzed in place: libFuzzer writes every new input it finds into the corpus folder.
# Each run starts from the seeds plus what earlier runs found (the folders persist under build/).
seed() { # seed DEST FILE… — copies the files that exist (globs that matched nothing are skipped)
    local dest="$1"
    shift
    mkdir -p "$dest"
    local file
    for file in "$@"; do
        if [ -f "$file" ]; then
            cp "$file" "$dest/"
        fi
    done
}
# Reproducers of earlier findings (tests/data/fuzz-regressions) are run on their own below, not seeded: one
# that still fails would stop libFuzzer while it reads the corpus, before any fuzzing.
seed "$build/corpus-casereader" tests/data/cases/*.json tests/data/bad/*.json
seed "$build/corpus-criteria" criteria/*.json tests/data/criteria/*.json
# fuzz_criteria reads an input whose first byte is even (leading whitespace) as an evidence library: a copy of
# every seed with a leading space starts that path from real files too.
for file in criteria/*.json tests/data/criteria/*.json; do
    if [ -f "$file" ]; then
        { printf ' '; cat "$file"; } >"$build/corpus-criteria/ws-$(basename "$file")"
    fi
done

# A dictionary of every quoted word in the seeds (keys and enumeration values, quotes included): libFuzzer
# cannot see inside Qt's uninstrumented string comparisons, so it would rarely guess "spondylolisthesis".
dictionary() { # dictionary DICT FILE… — from the seed files of the source tree, not from fuzzed inputs
    local dict="$1"
    shift
    { cat "$@" 2>/dev/null || true; } | { grep -aoE '"[A-Za-z0-9_.+-]{1,48}"' || true; } | sort -u |
        sed -e 's/"/\\"/g' -e 's/.*/"&"/' >"$dict"
}
dictionary "$build/casereader.dict" tests/data/cases/*.json tests/data/bad/*.json
dictionary "$build/criteria.dict" criteria/*.json tests/data/criteria/*.json

export ASAN_OPTIONS="detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# No LeakSanitizer suppressions: without a QCoreApplication, Qt's one-time allocations (QJsonDocument,
# QRegularExpression's statics, QFile) reported no leak in runs of 300 s per target.

fuzz_options=(-timeout=10 -rss_limit_mb=2048)
status=0

# Every reproducer once (case-*.json to the case reader, criteria-*.json to the criteria target): a finding
# that comes back fails the run even if fuzzing does not meet it again.
for pair in fuzz_casereader:case fuzz_criteria:criteria; do
    target="${pair%%:*}"
    mapfile -t reproducers < <(find tests/data/fuzz-regressions -name "${pair#*:}-*.json" 2>/dev/null | sort)
    [ "${#reproducers[@]}" -gt 0 ] || continue
    log="$build/$target-regressions.log"
    : >"$log"
    echo "== $target: ${#reproducers[@]} regression reproducers; log in $log"
    for reproducer in "${reproducers[@]}"; do
        if "$build/bin/$target" "${fuzz_options[@]}" "$reproducer" >>"$log" 2>&1; then
            echo "   ok     $reproducer"
        else
            echo "!! FAILS  $reproducer (see $log)"
            status=1
        fi
    done
done

for target in fuzz_casereader fuzz_criteria; do
    corpus="$build/corpus-${target#fuzz_}"
    dict="$build/${target#fuzz_}.dict"
    artifacts="$build/artifacts/$target/"
    log="$build/$target.log"
    mkdir -p "$artifacts"
    echo "== $target: $seconds s from $(find "$corpus" -type f | wc -l) corpus files; log in $log"
    set +e
    "$build/bin/$target" "$corpus" -max_total_time="$seconds" "${fuzz_options[@]}" \
        -dict="$dict" -artifact_prefix="$artifacts" -print_final_stats=1 >"$log" 2>&1
    rc=$?
    set -e
    grep -E '^#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb' "$log" || tail -n 5 "$log"
    if [ "$rc" -ne 0 ]; then
        status=1
        echo "!! $target failed (exit $rc):"
        pattern='ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error:|round trip'
        grep -E "$pattern" "$log" | head -n 5 || true
        reproducer="$(grep -oE 'Test unit written to [^ ]+' "$log" | tail -n 1 | sed 's/Test unit written to //')"
        echo "   reproducer: ${reproducer:-none written (see $log)}"
        if [ -n "$reproducer" ]; then
            echo "   re-run: $build/bin/$target $reproducer"
        fi
    fi
done
exit "$status"
