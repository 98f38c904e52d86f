#!/usr/bin/env bash
# Installs what building and testing presslens needs, skipping whatever is already there:
# the wasm32 target, wasm-bindgen-cli at the version Cargo.lock pins, wasm-pack, the npm dev
# tools of package-lock.json, and Debian's chromium + chromedriver. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: present"
else
  say "installing rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate exactly. Not --locked: the CLI's own lockfile
# pins a crate version the registry no longer serves.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version)" = "wasm-bindgen $bindgen_version" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen-cli $bindgen_version: present"
else
  say "installing wasm-bindgen-cli $bindgen_version (cargo install, a few minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# The version these scripts were tested with; any wasm-pack already installed is used as is.
wasm_pack_version=0.15.1
if command -v wasm-pack >/dev/null; then
  say "wasm-pack: present ($(wasm-pack --version))"
else
  say "installing wasm-pack $wasm_pack_version (cargo install, a few minutes)"
  cargo install wasm-pack --version "$wasm_pack_version"
fi

# npm ci reinstalls from scratch: skip it when node_modules was installed after the lockfile changed.
if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
  && [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ]; then
  say "npm dev tools: present"
else
  say "installing npm dev tools (npm ci)"
  npm ci --no-audit --no-fund
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium + chromedriver: present"
else
  say "installing Debian chromium + chromium-driver (apt-get)"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver
fi
