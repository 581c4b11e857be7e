#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# JsonLogic side by side: the same criterion trees on the same fully documented facts, timed under
# json-logic-js (node) and under SpineReview's TreeEvaluator (C++, Release build); prints both rates and their
# ratio. With --write, also replaces the body of the "JsonLogic side by side" section of BENCHMARKS.md.
#
#   scripts/run-jsonlogic-bench.sh [--write] [--repeats K] [--rounds R]
#
# Needs the pinned npm packages: npm ci --prefix tests/crosscheck
# BUILD_DIR (default build/jsonlogic-bench) is a build directory of its own, configured as Release.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/jsonlogic-bench}
WRITE=""
REPEATS=5
ROUNDS=11
ARGS=$*
while [ $# -gt 0 ]; do
    case "$1" in
    --write) WRITE="--write-section $ROOT/BENCHMARKS.md" ;;
    --repeats) REPEATS=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    *) echo "usage: $0 [--write] [--repeats K] [--rounds R]" >&2; exit 1 ;;
    esac
    shift
done

if [ ! -f "$ROOT/tests/crosscheck/node_modules/json-logic-js/package.json" ]; then
    echo "run-jsonlogic-bench: json-logic-js is not installed; run: npm ci --prefix tests/crosscheck" >&2
    exit 1
fi

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" --target crosscheck_export
TOOL="$BUILD_DIR/tests/crosscheck_export"
EXPORT="$BUILD_DIR/jsonlogic-bench.json"
"$TOOL" --criteria "$ROOT/criteria" --extra "$ROOT/tests/crosscheck/operators-set.json" --out "$EXPORT"

# shellcheck disable=SC2086 # $WRITE is empty or two words on purpose
node "$ROOT/tests/crosscheck/bench.mjs" --export "$EXPORT" --engine-tool "$TOOL" \
    --criteria "$ROOT/criteria" --extra "$ROOT/tests/crosscheck/operators-set.json" \
    --repeats "$REPEATS" --rounds "$ROUNDS" --command "scripts/run-jsonlogic-bench.sh${ARGS:+ $ARGS}" $WRITE
