#!/usr/bin/env bash
# Performance, side by side (issue 10): builds the benchmarks and runs them all, printing each figure and each
# ratio with its target. Prints figures, asserts nothing; not part of the test suite. About 3-4 minutes.
#
#   tests/bench/run-benchmarks.sh [BUILD_DIR]        (default: build/bench, configured RelWithDebInfo)
#
# Needs (Debian 12): curl wrk valgrind xvfb (apt-get install curl wrk valgrind xvfb). Environment:
#   BENCH_RUNS=N      start-up runs per program and platform (default 10)
#   BENCH_ROUNDS=N    rounds of 1,000 calls per side for the request benchmarks (default 5)
#   BENCH_CALLGRIND=0 skips the callgrind part
# All traffic stays on 127.0.0.1: the sandbox (`cio-console sandbox`) runs pinned to CPU 1; wrk, curl and the
# clients run pinned to CPU 0, so the two never compete for a core (a one-core machine runs both on CPU 0).
# Nothing of yours is read or written: every program gets fresh XDG directories under a temporary folder.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/bench}
runs=${BENCH_RUNS:-10}
rounds=${BENCH_ROUNDS:-5}

for tool in curl wrk valgrind Xvfb taskset cmake ninja; do
    command -v "$tool" >/dev/null || { echo "run-benchmarks: $tool is missing (apt-get install curl wrk valgrind xvfb)" >&2; exit 2; }
done

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target cio-console bare_window bench_startup bench_requests >/dev/null
console=$build/cio-console
benchdir=$build/tests/bench

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

if [ "$(nproc)" -ge 2 ]; then server_cpu=1; else server_cpu=0; fi
client="taskset -c 0"
summary=$work/summary
: >"$summary"
section() { printf '\n== %s\n' "$*"; }
keep() { tee -a "$work/all"; }

section "Machine"
echo "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6); $(curl --version | head -1 | cut -d' ' -f1-2); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "sandbox on CPU $server_cpu; clients, curl and wrk on CPU 0"

# The sandbox, alone on its core, for everything below.
taskset -c "$server_cpu" "$console" sandbox --write-endpoints "$work/endpoints.json" >"$work/sandbox.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/endpoints.json" ] && break; sleep 0.1; done
[ -s "$work/endpoints.json" ] || { echo "run-benchmarks: the sandbox did not start:" >&2; cat "$work/sandbox.log" >&2; exit 1; }
us_track=$(sed -E 's/.*"us":\{[^}]*"track":"([^"]*)".*/\1/' "$work/endpoints.json")

section "Sandbox throughput (wrk on CPU 0, sandbox on CPU $server_cpu, POST customer event, 5 s each)"
for connections in 1 16; do
    rps=$($client wrk -t1 -c"$connections" -d5s -s "$root/tests/bench/wrk-event.lua" "$us_track" | tee "$work/wrk-$connections" | awk '/Requests\/sec/ {print $2}')
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk-$connections")
    latency=$(awk '/Latency/ {print $2}' "$work/wrk-$connections")
    echo "  $connections connection(s): $rps requests/s, mean latency $latency${non2xx:+, NON-2xx: $non2xx}"
    echo "$rps" >"$work/rps-$connections"
done
curl -s -X DELETE "$us_track/__sandbox/people" -o /dev/null
curl -s -X DELETE "$us_track/__sandbox/requests" -o /dev/null

section "Request overhead and region detection (TrackClient vs curl, alternated)"
$client "$benchdir/bench_requests" --endpoints "$work/endpoints.json" --rounds "$rounds" --region-rounds 20 \
    --console "$console" | tee -a "$summary.requests"
# The sandbox's headroom: the sequential rate the benchmarks drive against what it serves on one core.
awk -v rps="$(cat "$work/rps-16")" '/^  curl keep-alive/ && !done { per = $5; gsub(/[(]/, "", per); printf "INFO sandbox-headroom %.1fx (sandbox %s req/s on one core vs %.0f req/s driven by the fastest client)\n", rps / (1000 / per), rps, 1000 / per; done = 1 }' \
    "$summary.requests" | tee -a "$summary.requests"

section "Start-up to first paint and idle memory (Region Console vs bare Qt window, alternated)"
QT_QPA_PLATFORM=offscreen "$benchdir/bench_startup" --console "$console" --bare "$benchdir/bare_window" \
    --runs "$runs" --label offscreen | tee -a "$summary.startup" || true
exec 3>"$work/display"
Xvfb -displayfd 3 -nolisten tcp -screen 0 1920x1080x24 >"$work/xvfb.log" 2>&1 &
pids+=($!)
exec 3>&-
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
DISPLAY=:$(cat "$work/display") QT_QPA_PLATFORM=xcb "$benchdir/bench_startup" --console "$console" \
    --bare "$benchdir/bare_window" --runs "$runs" --label xvfb | tee -a "$summary.startup" || true

if [ "${BENCH_CALLGRIND:-1}" != 0 ]; then
    section "callgrind: instructions (stable on a busy machine)"
    # Per call: the difference between 300 and 100 calls, divided by 200 (start-up and connection cancel out).
    body='{"data":{"plan":"pro","seats":12},"name":"bench_event"}'
    collected() { grep -o 'Collected : [0-9]*' "$1" | awk '{print $3}'; }
    for n in 100 300; do
        $client valgrind --tool=callgrind --callgrind-out-file="$work/cg-client-$n" "$benchdir/bench_requests" \
            --endpoints "$work/endpoints.json" --only direct --client-only --rounds 1 --count "$n" >/dev/null 2>"$work/cg-client-$n.log"
        {
            echo "silent"; echo 'user = "demo-us-site:demo-us-track-key"'
            echo 'header = "Accept: application/json"'; echo 'header = "Content-Type: application/json"'
            echo "data-binary = \"${body//\"/\\\"}\""
            for i in $(seq 0 "$n"); do echo "url = \"$us_track/api/v1/customers/bench-person-$((i % 10))/events\""; echo 'output = "/dev/null"'; done
        } >"$work/curl-$n.cfg"
        $client valgrind --tool=callgrind --callgrind-out-file="$work/cg-curl-$n" curl --config "$work/curl-$n.cfg" \
            >/dev/null 2>"$work/cg-curl-$n.log"
    done
    client_per=$(( ($(collected "$work/cg-client-300.log") - $(collected "$work/cg-client-100.log")) / 200 ))
    curl_per=$(( ($(collected "$work/cg-curl-300.log") - $(collected "$work/cg-curl-100.log")) / 200 ))
    echo "  one customer event: TrackClient $client_per instructions, curl $curl_per instructions"
    echo "INFO direct-instructions $(awk -v a="$client_per" -v b="$curl_per" 'BEGIN {printf "%.2f", a / b}')x (TrackClient / curl per request)" | tee -a "$summary.cg"

    # Start-up: instructions from exec to the probe's first-paint line (callgrind dumps right after it).
    probe='*StartupProbe::eventFilter(QObject*, QEvent*)::{lambda()#1}*'
    for program in console bare; do
        binary=$console; [ "$program" = bare ] && binary=$benchdir/bare_window
        CIO_CONSOLE_STARTUP_PROBE=1 QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind \
            --callgrind-out-file="$work/cg-start-$program" --dump-after="$probe" "$binary" >/dev/null 2>&1 || true
    done
    start_console=$(awk '/^summary:/ {print $2}' "$work/cg-start-console.1")
    start_bare=$(awk '/^summary:/ {print $2}' "$work/cg-start-bare.1")
    sandbox=$(callgrind_annotate --inclusive=yes "$work/cg-start-console.1" 2>/dev/null | awk '/SandboxServer::start\(/ && !n++ {gsub(/,/, "", $1); print $1}')
    fonts=$(callgrind_annotate --inclusive=yes "$work/cg-start-console.1" 2>/dev/null | awk '/FcInit \[/ && !n++ {gsub(/,/, "", $1); print $1}')
    echo "  to first paint: Region Console $start_console instructions (of which SandboxServer::start ${sandbox:-?}, fontconfig ${fonts:-?}), bare window $start_bare"
    echo "INFO startup-instructions $(awk -v a="$start_console" -v b="$start_bare" 'BEGIN {printf "%.2f", a / b}')x (Region Console / bare window, to first paint, offscreen)" | tee -a "$summary.cg"
fi

section "Summary (ratio, target, verdict)"
cat "$summary".* | grep -E '^(RATIO|INFO)' | sed 's/^/  /'
