#!/usr/bin/env bash
# Renders resources/icons/app.svg to the hicolor PNG sizes under resources/icons/hicolor/NxN/app.png.
# The PNGs are committed (the build needs no SVG renderer); run this after changing app.svg.
#   packaging/make-icons.sh           write the PNGs
#   packaging/make-icons.sh --check   fail if a committed PNG differs from a fresh render (rsvg-convert, Debian 12)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
svg=$root/resources/icons/app.svg
sizes=(16 22 24 32 48 64 128 256 512)
command -v rsvg-convert >/dev/null || { echo "make-icons: rsvg-convert not found (package librsvg2-bin)" >&2; exit 1; }

check=0
[ "${1:-}" = --check ] && check=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
for s in "${sizes[@]}"; do
  out=$root/resources/icons/hicolor/${s}x${s}/app.png
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio --format png "$svg" --output "$tmp/$s.png"
  if [ $check -eq 1 ]; then
    cmp -s "$tmp/$s.png" "$out" || { echo "make-icons: $out is missing or stale; run packaging/make-icons.sh" >&2; status=1; }
  else
    mkdir -p "$(dirname "$out")"
    cp "$tmp/$s.png" "$out"
  fi
done
exit $status
