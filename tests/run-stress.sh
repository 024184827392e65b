#!/usr/bin/env bash
# Runs the whole suite RUNS times in a row (default 5) through tests/run-headless.sh while both cores are
# kept busy (stress-ng --cpu 2), and stops at the first run that fails. A test that passes only when the
# machine is idle fails here. BUILD_DIR may be the ASan build (cmake --preset asan && cmake --build
# --preset asan; then tests/run-stress.sh build/asan); LeakSanitizer reads tests/quality/lsan.supp.
# Usage: tests/run-stress.sh [BUILD_DIR] [RUNS] [extra ctest arguments]
#   CIO_STRESS_CPUS=N   workers of stress-ng (default 2: both cores of the reference machine)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/default}
runs=${2:-5}
shift $(($# < 2 ? $# : 2))

if ! command -v stress-ng >/dev/null; then
  echo "run-stress: stress-ng is missing (packaging/debian-deps.sh installs it)" >&2
  exit 2
fi
if [ ! -f "$build/CTestTestfile.cmake" ]; then
  echo "run-stress: $build is not a configured build directory" >&2
  exit 2
fi
case $runs in
  '' | *[!0-9]* | 0) echo "run-stress: RUNS must be a positive number (got \"$runs\")" >&2; exit 2 ;;
esac
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/quality/lsan.supp}

logs=$(mktemp -d)
stress-ng --cpu "${CIO_STRESS_CPUS:-2}" --quiet &
load=$!
trap 'kill "$load" 2>/dev/null || true; wait "$load" 2>/dev/null || true' EXIT
echo "run-stress: $runs run(s) of $build under stress-ng --cpu ${CIO_STRESS_CPUS:-2}; logs in $logs"

total=0
for run in $(seq 1 "$runs"); do
  log=$logs/run-$run.log
  started=$SECONDS
  if "$root/tests/run-headless.sh" "$build" "$@" >"$log" 2>&1; then
    status=passed
  else
    status=FAILED
  fi
  elapsed=$((SECONDS - started))
  total=$((total + elapsed))
  summary=$(grep -E 'tests passed|tests failed' "$log" | tail -n 1 || true)
  echo "run $run/$runs: $status in ${elapsed} s (${summary:-no ctest summary})"
  if [ "$status" = FAILED ]; then
    echo "--- the failing tests (full log: $log)"
    sed -n '/The following tests FAILED/,$p' "$log"
    exit 1
  fi
done
echo "run-stress: $runs/$runs passed under load, ${total} s in all"
