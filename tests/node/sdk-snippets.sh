#!/usr/bin/env bash
# The console's Node SDK snippets run as written with the official clients (customerio-node,
# @customerio/cdp-analytics-node) against the sandbox: each reaches its region's host (sdk-snippets.js).
# Fails (never skips) when node or npm is missing.
# Usage: sdk-snippets.sh CIO_CONSOLE_BINARY SDKSNIPPETPRINT CACHE_DIR
set -euo pipefail
binary=$1
printer=$2
cache=$3
here=$(cd "$(dirname "$0")" && pwd)

bash "$here/install-customerio-node.sh" "$cache"

scratch=$(mktemp -d)
sandbox_pid=
cleanup() {
  if [ -n "$sandbox_pid" ]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

"$binary" sandbox --write-endpoints "$scratch/endpoints.json" >"$scratch/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 100); do
  [ -s "$scratch/endpoints.json" ] && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$scratch/sandbox.out" >&2; echo "FAIL: the sandbox exited" >&2; exit 1; }
  sleep 0.1
done
[ -s "$scratch/endpoints.json" ] || { echo "FAIL: the sandbox did not start" >&2; exit 1; }

CIO_SNIPPET_PRINT="$printer" CIO_NODE_MODULES="$cache/node_modules" CIO_ENDPOINTS="$scratch/endpoints.json" \
  node "$here/sdk-snippets.js"
