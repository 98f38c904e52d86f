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
if [ ! -d node_modules/compromise ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm i --no-save --no-audit --no-fund compromise@14 binaryen@132; fi
fi
if [ -f scripts/build-wasm.sh ]; then
  bash scripts/build-wasm.sh
else
  CARGO_PROFILE_RELEASE_OPT_LEVEL=z wasm-pack build --release --target web --out-dir www/pkg --mode no-install
  if [ -x node_modules/.bin/wasm-opt ]; then
    node_modules/.bin/wasm-opt -Oz www/pkg/presslens_bg.wasm -o www/pkg/presslens_bg.wasm.opt
    mv www/pkg/presslens_bg.wasm.opt www/pkg/presslens_bg.wasm
  fi
fi
node benches/wasm/bench.mjs
