#!/usr/bin/env bash
# Builds presslens and serves the page: installs what is missing (scripts/setup.sh), builds the
# wasm package into www/pkg, copies the sample articles into www/samples, and serves www/ on
# http://127.0.0.1:PORT (default 8080) until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8080}"

bash scripts/setup.sh
bash scripts/build-wasm.sh
node scripts/samples.mjs
exec node scripts/static-server.mjs www "$port"
