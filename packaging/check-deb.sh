#!/usr/bin/env bash
# packaging/check-deb.sh BUILD_DIR
#
# Proves the .deb carries everything cio-console needs at run time: builds BUILD_DIR, packs it with
# `cpack -G DEB`, makes a clean Debian 12 (bookworm, minbase) root in BUILD_DIR/deb-check/root, installs
# the .deb there with apt (no Recommends: the Depends alone must be enough), checks that the plugins
# and libraries loaded at run time (invisible to dpkg-shlibdeps) are there and resolve, and runs inside
# it `cio-console --version`, `--help`, the sandbox, and `region --site-id demo-eu-site` against it over
# HTTP and over HTTPS (expects region eu), then opens the window offscreen on the sandbox. Any output on
# stderr fails a step. Prints the time of each phase.
#
# Runs as root (debootstrap, chroot, mount). Idempotent: every run starts from a fresh root (a tmpfs
# mounted on BUILD_DIR/deb-check/root) unpacked from a cached tarball, and every mount is undone on
# exit, whatever the outcome, which also discards the root; its logs are copied to BUILD_DIR/deb-check/.
# Caches, reused between runs: $CIO_DEB_CHECK_CACHE (default BUILD_DIR/deb-check/cache) holds the
# bootstrapped root as a tarball and the .debs apt downloaded; delete it to force a cold run.
# Needs debootstrap, zstd, openssl, cmake/cpack, Debian's mirror ($CIO_DEBIAN_MIRROR, default
# http://deb.debian.org/debian; security updates from the same host's /debian-security), and about 1 GB
# of free memory for the tmpfs.
# Exit status: 0 when every check passed; 1 when a check failed; 2 on a usage or setup error.
set -euo pipefail

usage() { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
[ $# -eq 1 ] || usage
[ -f "$1/CMakeCache.txt" ] || { echo "check-deb: $1 is not a configured build directory" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "check-deb: must run as root (debootstrap, chroot, mount)" >&2; exit 2; }
for tool in debootstrap zstd cpack openssl chroot findmnt flock mount umount; do
  command -v "$tool" >/dev/null || { echo "check-deb: $tool not found (packaging/debian-deps.sh installs it)" >&2; exit 2; }
done

build=$(cd "$1" && pwd -P)
work=$build/deb-check
root=$work/root
cache=${CIO_DEB_CHECK_CACHE:-$work/cache}
mirror=${CIO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
arch=$(dpkg --print-architecture)
tarball=$cache/$suite-minbase-$arch.tar.zst
mkdir -p "$work" "$cache/debs"
rm -f "$work"/in-root-*
# One run at a time per build directory (the lock is released when the script exits).
exec 9>"$work/.lock"
flock -n 9 || { echo "check-deb: another run is using $work" >&2; exit 2; }

# ---- timing ----------------------------------------------------------------------------------------
now() { date +%s.%N; }
start=$(now)
phase_start=$start
timings=()
phase_end() { # NAME
  local t
  t=$(now)
  timings+=("$(awk -v n="$1" -v a="$phase_start" -v b="$t" 'BEGIN { printf "%-34s %7.1f s", n, b - a }')")
  phase_start=$t
}
print_timings() {
  echo "check-deb: timings"
  local line
  for line in "${timings[@]}"; do echo "  $line"; done
  awk -v a="$start" -v b="$(now)" 'BEGIN { printf "  %-34s %7.1f s\n", "total", b - a }'
}

# ---- mounts and processes inside the root ------------------------------------------------------------
# Every process whose root directory is $root was started by this script (through chroot).
kill_root_processes() {
  local p pids=()
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && pids+=("${p#/proc/}")
  done
  [ ${#pids[@]} -eq 0 ] && return 0
  kill "${pids[@]}" 2>/dev/null || true
  sleep 1
  kill -KILL "${pids[@]}" 2>/dev/null || true
}
mounts_under_root() { findmnt -rn -o TARGET | awk -v r="$root" '$0 == r || index($0, r "/") == 1' | sort -r; }
unmount_root() {
  local m
  while read -r m; do
    [ -n "$m" ] || continue
    umount "$m" 2>/dev/null || umount -l "$m"
  done < <(mounts_under_root)
  [ -z "$(mounts_under_root)" ]
}
# fds 3 and 4: the script's own stdout and stderr, for cleanup, which may run inside a redirected call.
exec 3>&1 4>&2
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  exec 1>&3 2>&4
  kill_root_processes
  local f
  for f in "$root"/tmp/*.log "$root"/tmp/window.png; do
    [ -f "$f" ] && cp "$f" "$work/in-root-$(basename "$f")"
  done
  if ! unmount_root; then
    echo "check-deb: could not unmount everything under $root:" >&2
    mounts_under_root >&2
    status=1
  fi
  print_timings
  if [ $status -eq 0 ]; then echo "check-deb: PASS"; else echo "check-deb: FAIL (status $status)" >&2; fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A fresh root every run, on a tmpfs mounted at $root: nothing of it touches the disk (dpkg and the
# writeback of ~650 MB were most of a warm run's time on a slow disk), and unmounting it at exit removes
# it. Never delete while anything is mounted inside (a bind mount would be emptied).
fresh_root() {
  kill_root_processes
  unmount_root || { echo "check-deb: mounts left under $root, refusing to delete it" >&2; exit 2; }
  rm -rf --one-file-system "$root"
  mkdir -p "$root"
  mount -t tmpfs -o size=3G,mode=0755 check-deb-root "$root"
}

# Long steps run in the background and are waited for, so that a TERM or INT sent to this script is
# handled at once (bash runs traps only between foreground commands) and cleanup stops them.
waited() { "$@" & wait $!; }
in_root() { # COMMAND...: run in the root with a clean environment
  waited chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# ---- 1. build and pack --------------------------------------------------------------------------------
echo "check-deb: building $build"
# Only what the package holds: the suite is built and run before this check.
waited cmake --build "$build" --target cio-console
rm -f "$build"/package/region-console_*.deb
(cd "$build" && waited cpack -G DEB)
debs=("$build"/package/region-console_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "check-deb: cpack made no single region-console .deb" >&2
  exit 1
fi
deb=${debs[0]}
echo "check-deb: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends Recommends
phase_end "build + cpack"

# ---- 2. a clean Debian 12 root ------------------------------------------------------------------------
fresh_root
if [ -s "$tarball" ]; then
  echo "check-deb: unpacking the cached root $tarball"
  zstd -dc "$tarball" | tar -C "$root" --numeric-owner -xpf -
  phase_end "root from cache"
else
  echo "check-deb: debootstrap --variant=minbase $suite from $mirror (cold; cached afterwards)"
  waited debootstrap --variant=minbase --arch="$arch" "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }
  security=${mirror%/debian}/debian-security
  cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
  # No daemon may start inside the root (the Secret Service and D-Bus are not part of this check).
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  in_root apt-get update -qq
  in_root apt-get clean
  tar -C "$root" --numeric-owner -cpf - . | zstd -q -T0 -3 -o "$tarball.tmp"
  mv "$tarball.tmp" "$tarball"
  phase_end "debootstrap (cold) + cache"
fi

# ---- 3. install the .deb with apt ---------------------------------------------------------------------
mount -t proc proc "$root/proc"
[ -c "$root/dev/null" ] || mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The root is thrown away after the run: dpkg need not fsync every file it unpacks (slow disks).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/check-deb-unsafe-io"
find "$cache/debs" -maxdepth 1 -name '*.deb' -exec cp -t "$root/var/cache/apt/archives/" {} +
cp "$deb" "$root/tmp/region-console.deb"
in_root apt-get update -qq
phase_end "apt-get update"
in_root apt-get install -y -qq --no-install-recommends /tmp/region-console.deb >"$work/apt-install.log" 2>&1 ||
  { tail -n 40 "$work/apt-install.log" >&2; exit 1; }
echo "check-deb: installed with apt: $(grep -c '^Setting up' "$work/apt-install.log") packages set up"
# Keep exactly the .debs this install used for the next run.
rm -rf "$cache/debs.new" && mkdir -p "$cache/debs.new"
find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec cp -t "$cache/debs.new/" {} +
rm -rf "$cache/debs" && mv "$cache/debs.new" "$cache/debs"
phase_end "apt install"

# ---- 4. run it inside the root -------------------------------------------------------------------------
expected_version=$(dpkg-deb --field "$deb" Version)
expected_version=${expected_version%-*}
# A test CA and a certificate for 127.0.0.1, made here (the root has no openssl CLI), so that the sandbox
# serves HTTPS in the root and the console's TLS backend (plugin + libssl) is exercised there.
tls=$root/tmp/tls
mkdir -p "$tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$tls/ca.key" \
  -out "$tls/ca.pem" -days 2 -subj "/CN=check-deb test CA" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$tls/host.key" \
  -out "$tls/host.csr" -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' >"$tls/host.ext"
openssl x509 -req -in "$tls/host.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
  -out "$tls/host.pem" -extfile "$tls/host.ext" 2>/dev/null

cat >"$root/tmp/run-checks.sh" <<'EOF'
#!/bin/sh
# Runs inside the root. $1: the expected version. Every command must succeed with nothing on stderr
# (Qt reports a missing plugin or library there), except the offscreen platform's size-hint notice.
set -eu
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
export XDG_RUNTIME_DIR=/tmp/xdg-runtime
[ -d "$XDG_RUNTIME_DIR" ] || mkdir -m 700 "$XDG_RUNTIME_DIR"

# run NAME COMMAND...: stdout to /tmp/NAME.out (and shown), stderr to /tmp/NAME.log.
run() {
  name=$1; shift
  echo "+ $*"
  status=0
  "$@" >"/tmp/$name.out" 2>"/tmp/$name.log" || status=$?
  cat "/tmp/$name.out"
  [ $status -eq 0 ] || { cat "/tmp/$name.log" >&2; fail "$name: exit status $status"; }
  if grep -v -x 'This plugin does not support propagateSizeHints()' "/tmp/$name.log" >/dev/null; then
    cat "/tmp/$name.log" >&2
    fail "$name: unexpected output on stderr"
  fi
}

# The libraries and plugins loaded at run time, which dpkg-shlibdeps cannot see, are installed and resolve.
plugins=$(ls -d /usr/lib/*/qt6/plugins)
for f in /usr/bin/cio-console "$plugins/platforms/libqxcb.so" "$plugins/platforms/libqoffscreen.so" \
         "$plugins/sqldrivers/libqsqlite.so" "$plugins/tls/libqopensslbackend.so" \
         "$plugins/iconengines/libqsvgicon.so" "$plugins/imageformats/libqsvg.so"; do
  [ -f "$f" ] || fail "missing $f"
  if ldd "$f" | grep -q 'not found'; then ldd "$f" | grep 'not found' >&2; fail "unresolved libraries in $f"; fi
done
ldconfig -p | grep -q 'libsecret-1\.so\.0 ' || fail "libsecret-1.so.0 (loaded by QtKeychain) is missing"
ldconfig -p | grep -q 'libssl\.so\.3 ' || fail "libssl.so.3 (loaded by the TLS backend) is missing"
[ -s /etc/ssl/certs/ca-certificates.crt ] || fail "no system CA bundle (ca-certificates)"
echo "run-time libraries and plugins: present and resolved"

run version cio-console --version
[ "$(cat /tmp/version.out)" = "cio-console $1" ] || fail "--version: expected 'cio-console $1'"
run help cio-console --help
grep -q -- '--version' /tmp/help.out || fail "--help does not list --version"

# start_sandbox NAME ENDPOINTS [OPTIONS...]: in the background until this script exits.
pids=
stop_sandboxes() {
  for pid in $pids; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
}
trap stop_sandboxes EXIT
start_sandbox() {
  name=$1 endpoints=$2; shift 2
  echo "+ cio-console sandbox --write-endpoints $endpoints $* &"
  rm -f "$endpoints"
  cio-console sandbox --write-endpoints "$endpoints" "$@" >"/tmp/$name.log" 2>&1 &
  pid=$!
  pids="$pids $pid"
  i=0
  while [ ! -s "$endpoints" ]; do
    kill -0 $pid 2>/dev/null || { cat "/tmp/$name.log" >&2; fail "$name exited"; }
    i=$((i + 1)); [ $i -le 100 ] || fail "$name: no $endpoints after 10 s"
    sleep 0.1
  done
  cat "$endpoints"; echo
}

start_sandbox sandbox /tmp/e.json
export CIO_TRACK_API_KEY=demo-eu-track-key
run region env CIO_CONSOLE_ENDPOINTS=/tmp/e.json cio-console region --site-id demo-eu-site
run region-json env CIO_CONSOLE_ENDPOINTS=/tmp/e.json cio-console region --site-id demo-eu-site --json
grep -q '"region": *"eu"' /tmp/region-json.out || fail "region --json did not report region eu"

start_sandbox sandbox-tls /tmp/e-tls.json --tls-cert /tmp/tls/host.pem --tls-key /tmp/tls/host.key \
  --tls-ca /tmp/tls/ca.pem
run region-tls env CIO_CONSOLE_ENDPOINTS=/tmp/e-tls.json cio-console region --site-id demo-eu-site --json
grep -q '"region": *"eu"' /tmp/region-tls.out || fail "region over HTTPS did not report region eu"
grep -q '"handled_by": *"127.0.0.1' /tmp/region-tls.out || fail "region over HTTPS: no handled_by"
unset CIO_TRACK_API_KEY

run window env QT_QPA_PLATFORM=offscreen cio-console --sandbox --screenshot /tmp/window.png
[ -s /tmp/window.png ] || fail "no screenshot written"
echo "window opened on the sandbox, screenshot $(wc -c </tmp/window.png) bytes"
EOF
chmod 755 "$root/tmp/run-checks.sh"
in_root /tmp/run-checks.sh "$expected_version"
phase_end "run checks in the root"
