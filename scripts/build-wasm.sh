#!/usr/bin/env bash
# Builds the wasm package into www/pkg (wasm-pack, --target web), optimises it with wasm-opt -O3
# (npm binaryen: Debian's older binaryen emits a module Chromium rejects), prints its size, and
# checks that the built module loads and works in Chromium. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# Optimised for speed, like the native CLI: opt-level "z" saves 44 kB gzipped but halves the
# speed (benches/wasm/bench.mjs), and the package stays well inside its 600 kB gzipped budget.
wasm-pack build --release --target web --out-dir www/pkg --mode no-install

wasm=www/pkg/presslens_bg.wasm
before=$(stat -c %s "$wasm")
# No --strip: stripping the producers/target_features sections gains little and has broken modules.
node_modules/.bin/wasm-opt -O3 "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
printf 'build-wasm: %s: %d bytes (%d before wasm-opt), %d bytes gzipped\n' "$wasm" "$raw" "$before" "$gz"

node scripts/check-wasm.mjs
