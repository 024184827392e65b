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

# shellcheck source=with-sandbox.sh
source "$here/with-sandbox.sh"
grep -q '"pipelines"' "$scratch/endpoints.json" || { echo "FAIL: the endpoint file has no Pipelines hosts" >&2; exit 1; }

CIO_CONSOLE_BINARY="$binary" CIO_NODE_MODULES="$cache/node_modules" CIO_ENDPOINTS="$scratch/endpoints.json" \
  node "$here/pipelines-sandbox.js"
