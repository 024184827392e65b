#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for a bounded time on a copy of its
# seed corpus. Fails on a crash, a leak, a sanitizer report or a broken invariant.
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A corpus=([fuzz_region]=region [fuzz_endpoints]=endpoints [fuzz_accounts]=accounts [fuzz_trackcall]="jsonfield identifier" [fuzz_sandbox]=sandbox)
for target in fuzz_region fuzz_endpoints fuzz_accounts fuzz_trackcall fuzz_sandbox; do
  mkdir -p "$work/$target"
  for c in ${corpus[$target]}; do cp tests/fuzz/corpus/$c/* "$work/$target/"; done
  echo "== $target (${seconds}s)"
  set +e
  QT_QPA_PLATFORM=offscreen "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix="$work/$target-" -print_final_stats=1 "$work/$target" 2>&1 | tail -n 4
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ]; then
    echo "$target failed (exit $status); reproducer(s):" >&2
    ls "$work/$target-"* >&2 2>/dev/null || true
    cp "$work/$target-"* "$root/build/fuzz/" 2>/dev/null || true
    exit 1
  fi
done
echo "fuzz: all targets clean"
