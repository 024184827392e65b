#!/usr/bin/env bash
# Sourced by the node tests that talk to the sandbox: starts `$binary sandbox` on loopback, waits until it
# has written its endpoint file, and stops it (and removes $scratch) when the test's shell exits.
# Needs: $binary (the built cio-console). Sets: $scratch (a fresh directory), $scratch/endpoints.json.
scratch=$(mktemp -d)
sandbox_pid=
cleanup() {
  if [ -n "$sandbox_pid" ]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

"$binary" sandbox --write-endpoints "$scratch/endpoints.json" >"$scratch/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 100); do
  [ -s "$scratch/endpoints.json" ] && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$scratch/sandbox.out" >&2; echo "FAIL: the sandbox exited" >&2; exit 1; }
  sleep 0.1
done
[ -s "$scratch/endpoints.json" ] || { echo "FAIL: the sandbox did not start" >&2; exit 1; }
