#!/usr/bin/env bash
# Make sure the tests' real parts are here: Debian's Chromium (driven by playwright-core) and Mosquitto.
# As root on Debian, install what is missing with apt-get; otherwise say in one line what to install.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || missing+=(mosquitto)
command -v mosquitto_pub >/dev/null 2>&1 || missing+=(mosquitto-clients)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing ${missing[*]} with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian starts a system mosquitto on 1883 after installing it; the tests and npm start bring their own.
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now mosquitto >/dev/null 2>&1 || true; fi
  pkill -x mosquitto >/dev/null 2>&1 || true
  echo "setup: done."
else
  echo "setup: missing ${missing[*]}: install them (Debian/Ubuntu: sudo apt-get install chromium mosquitto mosquitto-clients) and run the command again." >&2
  exit 1
fi
