#!/usr/bin/env bash
# Installs what Region Console needs to build, run and test on Debian 12 (bookworm).
# Skips apt entirely when every package is already installed.
# Usage: packaging/debian-deps.sh [--quality]   (--quality adds the CI gates: clang, libFuzzer, clang-tidy)
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libqt6keychain1 libqt6sql6-sqlite libxkbcommon-dev libjsoncpp-dev libssl-dev
  # run: the Secret Service keychain and the TLS backend; Qt's own translations (buttons, file dialogs)
  gnome-keyring libsecret-1-0 ca-certificates qt6-translations-l10n
  # test: X server, D-Bus session, keyring tools, desktop file checks, screenshots
  xvfb xauth dbus dbus-x11 libsecret-tools desktop-file-utils imagemagick stress-ng
  # test: peak memory of the built binary (GNU time)
  time
  # test: the sandbox's TLS CA (openssl CLI) and the official customerio-node client (node, npm)
  openssl nodejs
  # test: the residency report's PDF rendered to PNG pages (pdftoppm)
  poppler-utils
  # package: CPack DEB (dpkg-shlibdeps, file), metainfo and icon checks, the clean-root install check
  dpkg-dev file appstream librsvg2-bin debootstrap zstd
)

if [ "${1:-}" = "--quality" ]; then
  packages+=(clang libclang-rt-14-dev clang-format clang-tidy)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's nodejs comes without npm (NodeSource's bundles it): the customerio-node check needs npm.
if ! command -v npm >/dev/null; then
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends npm
fi
