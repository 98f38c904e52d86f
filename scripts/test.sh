#!/usr/bin/env bash
# Runs every test of presslens, installing what is missing first (scripts/setup.sh):
#   1. cargo test                 unit, integration, golden, property and doc tests (native)
#   2. wasm-pack test --node      tests/web.rs: the JavaScript API in Node
#   3. wasm-pack test --chrome    tests/web.rs again, in headless Debian Chromium
#   4. scripts/build-wasm.sh      the release package in www/pkg, loaded in Chromium
#   5. node --test tests/e2e/     the page, end to end, in Chromium (playwright-core)
# Stops at the first failure, naming the step; ends with a summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
started=$SECONDS
counts=()

# step NAME COMMAND...: runs the command, keeps its output for the count, stops on failure.
step() {
  local name=$1; shift
  local t=$SECONDS
  printf '\n=== test.sh: %s\n' "$name"
  if ! "$@" 2>&1 | tee "$log/out"; then
    printf '\ntest.sh: FAILED at step "%s" (command: %s)\n' "$name" "$*" >&2
    exit 1
  fi
  # Tests passed, as cargo/wasm-bindgen-test ("N passed;") and node --test ("ℹ pass N") report them.
  local passed
  passed=$(sed -nE 's/^test result: ok\. ([0-9]+) passed.*/\1/p; s/^(ℹ|#) pass ([0-9]+)$/\2/p' "$log/out" | awk '{ s += $1 } END { print s + 0 }')
  total=$(( ${total:-0} + passed ))
  if [ "$passed" -gt 0 ]; then
    counts+=("$name $passed")
    printf 'test.sh: %s: ok, %d tests passed, %d s\n' "$name" "$passed" $(( SECONDS - t ))
  else
    printf 'test.sh: %s: ok, %d s\n' "$name" $(( SECONDS - t ))
  fi
}

step "setup" bash scripts/setup.sh
step "cargo test" cargo test
# Only tests/web.rs runs in wasm (the other integration tests use native-only crates).
step "wasm in node" wasm-pack test --node --mode no-install -- --test web
# Without WASM_BINDGEN_USE_BROWSER the runner silently runs browser tests in Node. It starts
# Chrome headless with --no-sandbox itself, so this works as root; a webdriver.json at the
# crate root could add more Chrome arguments, none are needed.
step "wasm in chromium" env WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
  wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver --mode no-install -- --test web
step "build wasm" bash scripts/build-wasm.sh
step "samples" node scripts/samples.mjs

e2e=$(find tests/e2e -type f \( -name '*.test.*js' -o -name '*-test.*js' -o -name '*_test.*js' -o -name 'test-*.*js' \) 2>/dev/null | wc -l)
if [ "$e2e" -gt 0 ]; then
  step "end to end" node --test --test-reporter=spec tests/e2e/
else
  printf '\n=== test.sh: end to end: SKIPPED, tests/e2e/ has no test files yet\n'
fi

printf '\ntest.sh: all steps passed in %d s (%s)\n' $(( SECONDS - started )) "$(IFS=,; echo "${counts[*]}" | sed 's/,/, /g')"
printf 'summary: %d passed, 0 failed\n' "$total"
