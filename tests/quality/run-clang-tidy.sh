#!/usr/bin/env bash
# clang-tidy over the project's own sources (app/, ui/) with the root .clang-tidy; any warning fails.
# Usage: tests/quality/run-clang-tidy.sh [BUILD_DIR]   (needs compile_commands.json: any preset writes it)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
cd "$root"
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json: build first" >&2; exit 2; }
# Generated sources (moc, uic, rcc) must exist before analysis.
cmake --build "$build" >/dev/null
mapfile -t files < <(git ls-files 'app/*.cpp' 'ui/*.cpp')
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet >"$build/clang-tidy.log" 2>/dev/null || true
if grep -E '(warning|error):' "$build/clang-tidy.log"; then
  echo "clang-tidy: findings above (full output: $build/clang-tidy.log)" >&2
  exit 1
fi
echo "clang-tidy: clean (${#files[@]} files)"
