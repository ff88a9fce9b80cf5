#!/usr/bin/env bash
# Run inside a fresh Debian machine (../shared/tools/fresh-machine): installs the .deb from /dev/shm as a user
# would, then starts exactly what the menu entry starts, and once through GLib's launcher as a menu does, with a
# screenshot of each. Prints what it saw; docs/PACKAGING.md records a run.
#   cp build/release/lumbar-relief_*.deb /dev/shm/ && cp scripts/lib/deb-fresh-check.sh /dev/shm/
#   ../shared/tools/fresh-machine 'bash /dev/shm/deb-fresh-check.sh'
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
deb=$(ls /dev/shm/lumbar-relief_*.deb | head -1)
apt-get update -qq
apt-get install -y -qq "$deb" >/tmp/install.log 2>&1 && echo "install: ok ($(grep -c '^Setting up' /tmp/install.log) packages set up)"
# For the check only: a display server, its tools and GLib's launcher.
apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils imagemagick libglib2.0-bin >/dev/null 2>&1
desktop=/usr/share/applications/org.lumbarrelief.LumbarRelief.desktop
ls "$desktop" /usr/share/metainfo/org.lumbarrelief.LumbarRelief.metainfo.xml /usr/share/icons/hicolor/scalable/apps/lumbar-relief.svg
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
echo "Exec=$exec_line"
xvfb-run -a -s "-screen 0 1280x800x24" sh -c "$exec_line --quit-after-startup; echo app-exit=\$?"
ls -l "$HOME/.local/share/LumbarRelief/lumbar-relief/history.sqlite"
shot() {
  local name=$1; shift
  Xvfb :7 -screen 0 1280x800x24 >/dev/null 2>&1 & local xvfb=$!
  sleep 1
  DISPLAY=:7 "$@" & local app=$!
  sleep 7
  DISPLAY=:7 xprop -root _NET_CLIENT_LIST >/dev/null 2>&1 || true
  for w in $(DISPLAY=:7 xwininfo -root -children | awk '/"/ {print $1}'); do
    DISPLAY=:7 xprop -id "$w" WM_NAME WM_CLASS 2>/dev/null | tr '\n' ' '; echo
  done | grep -i lumbar || true
  DISPLAY=:7 import -window root "/dev/shm/$name.png"
  pkill -f /usr/bin/lumbar-relief || true; kill "$app" 2>/dev/null || true; kill "$xvfb"; wait 2>/dev/null || true
  echo "screenshot: /dev/shm/$name.png"
}
shot deb-fresh-menu gio launch "$desktop"
shot deb-fresh-es /usr/bin/lumbar-relief --language es
