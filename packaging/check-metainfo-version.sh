#!/bin/sh
# check-metainfo-version.sh METAINFO VERSION: the first (newest) <release> in METAINFO is VERSION.
set -eu
newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$1" | head -n 1)
[ "$newest" = "$2" ] || { echo "newest release in $1 is '$newest', project version is '$2'" >&2; exit 1; }
