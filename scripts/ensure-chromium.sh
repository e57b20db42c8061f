#!/usr/bin/env bash
# Makes sure Debian's Chromium, the one browser of the tests and the benchmark, is installed: as root
# it installs the Debian package `chromium`; otherwise it says what to run and fails. No tool may
# download a browser of its own.
set -uo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Chromium fehlt / Chromium missing: installing Debian package 'chromium'…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || {
      echo "apt-get install chromium failed"; exit 1; }
  else
    echo "Chromium fehlt / Chromium missing. Run as root: apt-get update && apt-get install -y chromium"
    exit 1
  fi
fi
