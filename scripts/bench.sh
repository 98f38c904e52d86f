#!/bin/sh
# Prints the benchmark tables (figures, not pass/fail tests):
#   1. native: chars/s of real articles and of pathological inputs at 1x/10x/100x, the scaling
#      ratios and peak memory per MB of input   (cargo bench --bench table)
#   2. wasm in Node, side by side with compromise: chars/s and ratio, first-analysis latency,
#      sizes raw and gzipped                     (node benches/wasm/bench.mjs)
# Usage: scripts/bench.sh [--criterion]   (--criterion: also the criterion benches, a few minutes)
set -eu
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

echo "== native (release build; times are CPU time of the analysing thread)"
cargo bench --quiet --bench table
if [ "${1:-}" = "--criterion" ]; then
  cargo bench --bench analyze
fi

echo
echo "== wasm (release build) vs compromise, in Node $(node --version)"
[ -d node_modules/compromise ] || npm ci --no-audit --no-fund
bash scripts/build-wasm.sh
node benches/wasm/bench.mjs
