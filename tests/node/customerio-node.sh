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

# shellcheck source=with-sandbox.sh
source "$here/with-sandbox.sh"

CIO_NODE_MODULES="$cache/node_modules" CIO_ENDPOINTS="$scratch/endpoints.json" node "$here/official-client.js"
echo "customerio-node $version: all calls stored as sent"
