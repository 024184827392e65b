#!/usr/bin/env bash
# The console's Pipelines requests equal those of the official clients (customerio-node's PipelinesClient,
# @customerio/cdp-analytics-node), captured by one loopback server (pipelines-wire.js). Fails (never
# skips) when node or npm is missing.
# Usage: pipelines-wire.sh CIO_CONSOLE_BINARY CACHE_DIR
set -euo pipefail
binary=$1
cache=$2
here=$(cd "$(dirname "$0")" && pwd)

bash "$here/install-customerio-node.sh" "$cache"
CIO_CONSOLE_BINARY="$binary" CIO_NODE_MODULES="$cache/node_modules" node "$here/pipelines-wire.js"
