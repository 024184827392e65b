#!/usr/bin/env bash
# The official Pipelines clients (customerio-node's PipelinesClient, @customerio/cdp-analytics-node), from the
# npm registry and unmodified, against the sandbox's regional Pipelines hosts (pipelines-sandbox.js): each
# source key reaches its own region's host, strict and not, and the sandbox's assumed wrong-region answer;
# then the console's own `send --api pipelines` against the same hosts.
# Fails (never skips) when node or npm is missing.
# Usage: pipelines-sandbox.sh CIO_CONSOLE_BINARY CACHE_DIR
set -euo pipefail
binary=$1
cache=$2
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
grep -q '"pipelines"' "$scratch/endpoints.json" || { echo "FAIL: the endpoint file has no Pipelines hosts" >&2; exit 1; }

CIO_CONSOLE_BINARY="$binary" CIO_NODE_MODULES="$cache/node_modules" CIO_ENDPOINTS="$scratch/endpoints.json" \
  node "$here/pipelines-sandbox.js"
