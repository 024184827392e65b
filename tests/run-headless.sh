#!/usr/bin/env bash
# Runs every test against real parts: an X server (Xvfb), a private D-Bus session and a fresh, unlocked
# gnome-keyring Secret Service. Nothing of the user's own keyring, settings or data is touched.
# Usage: tests/run-headless.sh [BUILD_DIR] [extra ctest arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/default}
shift || true

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
unset CIO_CONSOLE_ENDPOINTS CIO_TRACK_API_KEY

export CTEST_BUILD="$build" CTEST_EXTRA="$*"
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
  eval "$(printf %s ci-password | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  ctest --test-dir "$CTEST_BUILD" --output-on-failure -j2 $CTEST_EXTRA'
