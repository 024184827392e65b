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

# shellcheck source=with-sandbox.sh
source "$here/with-sandbox.sh"

CIO_SNIPPET_PRINT="$printer" CIO_NODE_MODULES="$cache/node_modules" CIO_ENDPOINTS="$scratch/endpoints.json" \
  node "$here/sdk-snippets.js"
