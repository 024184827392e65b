#!/usr/bin/env bash
# Fails when any C++ file of the project differs from clang-format's output (fix: cmake --build BUILD --target format).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mapfile -t files < <(git ls-files '*.cpp' '*.h')
clang-format --dry-run --Werror "${files[@]}"
echo "format: clean (${#files[@]} files)"
