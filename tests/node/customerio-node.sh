#!/usr/bin/env bash
# The official customerio-node client (5.2.0, from the npm registry) against the sandbox: its TrackClient
# is pointed at each regional Track host with the `url` option, and what the sandbox stored is checked
# through /__sandbox/. Fails (never skips) when node or npm is missing.
# Usage: customerio-node.sh CIO_CONSOLE_BINARY CACHE_DIR
set -euo pipefail
binary=$1
cache=$2
here=$(cd "$(dirname "$0")" && pwd)
version=5.2.0

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

CIO_NODE_MODULES="$cache/node_modules" CIO_ENDPOINTS="$scratch/endpoints.json" node "$here/official-client.js"
echo "customerio-node $version: all calls stored as sent"
