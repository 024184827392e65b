#!/usr/bin/env bash
# Pictures Region Console's application-menu entry as a real launcher shows it: the package (a .deb, or
# the install tree of a build directory) is unpacked into a scratch prefix, and rofi's drun mode, which
# reads desktop entries and hicolor icons from $XDG_DATA_DIRS, runs on Xvfb with the name typed in.
#   packaging/menu-screenshot.sh [PACKAGE.deb | BUILD_DIR] [OUTPUT.png]
# Defaults: build/default and packaging/screenshots/menu-entry.png. Needs rofi, xvfb, xdotool and
# imagemagick (and librsvg2-common for the SVG icon, as on any desktop); dpkg-deb for a .deb.
# The launcher sees only the scratch prefix, plus the system's MIME database and the hicolor theme index.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source=${1:-$root/build/default}
output=$(realpath -m "${2:-$root/packaging/screenshots/menu-entry.png}")
app_id=io.github.regionconsole.RegionConsole

for tool in rofi xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "menu-screenshot: $tool not found" >&2; exit 1; }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
prefix=$scratch/root
if [ -f "$source" ]; then
  dpkg-deb -x "$source" "$prefix"
else
  for component in Runtime Desktop; do
    DESTDIR='' cmake --install "$source" --prefix "$prefix/usr" --component "$component" >/dev/null
  done
fi
[ -f "$prefix/usr/share/applications/$app_id.desktop" ] || {
  echo "menu-screenshot: no $app_id.desktop in $source" >&2
  exit 1
}

# What every desktop has and the package relies on: the MIME database (to recognise the icon files)
# and the hicolor theme's index.
system=$scratch/system
mkdir -p "$system/icons/hicolor" "$scratch/home"
ln -s /usr/share/mime "$system/mime"
ln -s /usr/share/icons/hicolor/index.theme "$system/icons/hicolor/index.theme"

cat >"$scratch/shoot.sh" <<'EOF'
set -euo pipefail
rofi -no-config -show drun -show-icons -filter "Region Console" -eh 2 \
  -drun-display-format $'{name}\n<span size="smaller" alpha="75%">{comment}</span>' \
  -theme-str 'window { width: 760px; } element-icon { size: 64px; } listview { lines: 1; }' &
rofi=$!
window=$(timeout 20 xdotool search --sync --classname rofi | head -n 1)
sleep 1 # the icon is loaded after the window maps
eval "$(xdotool getwindowgeometry --shell "$window")"
m=16
import -window root -crop "$((WIDTH + 2 * m))x$((HEIGHT + 2 * m))+$((X - m))+$((Y - m))" +repage \
  -define png:exclude-chunks=date,time "$OUTPUT"
kill "$rofi"
EOF

mkdir -p "$(dirname "$output")"
env -i PATH="$PATH" HOME="$scratch/home" LANG=C.UTF-8 OUTPUT="$output" \
  XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache" \
  XDG_DATA_HOME="$scratch/home/.local/share" XDG_DATA_DIRS="$prefix/usr/share:$system" \
  xvfb-run -a -s "-screen 0 1024x400x24" bash "$scratch/shoot.sh"
echo "menu-screenshot: $output"
