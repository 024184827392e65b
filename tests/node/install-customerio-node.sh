#!/usr/bin/env bash
# Installs the official customerio-node client (5.2.0) and @customerio/cdp-analytics-node (0.5.9), from the
# npm registry, into CACHE_DIR/node_modules once; a different version there is replaced. Fails when node or
# npm is missing.
# Usage: install-customerio-node.sh CACHE_DIR
set -euo pipefail
cache=$1
version=5.2.0
cdp_version=0.5.9

command -v node >/dev/null || { echo "FAIL: node is not installed (Node.js 20+ is needed)" >&2; exit 1; }
command -v npm >/dev/null || { echo "FAIL: npm is not installed" >&2; exit 1; }

installed=$(node -p "require('$cache/node_modules/customerio-node/package.json').version" 2>/dev/null || true)
cdp_installed=$(node -p "require('$cache/node_modules/@customerio/cdp-analytics-node/package.json').version" \
  2>/dev/null || true)
if [ "$installed" != "$version" ] || [ "$cdp_installed" != "$cdp_version" ]; then
  mkdir -p "$cache"
  # customerio-node declares node >=22 but runs on 20; npm only warns about the engine.
  npm install --prefix "$cache" --no-audit --no-fund --no-save --ignore-scripts --loglevel=error \
      "customerio-node@$version" "@customerio/cdp-analytics-node@$cdp_version" >&2
fi
