#!/bin/sh
# Make the Mosquitto password file for the viewer, simulator, presence and guide accounts with mosquitto_passwd.
#
#   VIEWER_PASSWORD=... SIMULATOR_PASSWORD=... PRESENCE_PASSWORD=... GUIDE_PASSWORD=... ./make-passwd.sh [output-file]
#
# Passwords come from those environment variables, else from a prompt when run in a terminal.
# Without either, the defaults (the account's name as its password) are used: they are for local
# tests only and must never be used on a broker anyone else can reach.
set -eu

dir=$(cd "$(dirname "$0")" && pwd)
out=${1:-$dir/passwd}

if ! command -v mosquitto_passwd >/dev/null 2>&1; then
  echo "mosquitto_passwd not found: install mosquitto (apt-get install mosquitto)" >&2
  exit 1
fi

ask() {
  # $1 account name, $2 value from the environment
  if [ -n "$2" ]; then
    printf '%s' "$2"
  elif [ -t 0 ]; then
    printf 'Password for %s (empty: "%s", local tests only): ' "$1" "$1" >&2
    stty -echo
    read -r answer || answer=''
    stty echo
    printf '\n' >&2
    if [ -z "$answer" ]; then
      echo "warning: $1 uses the default password; for local tests only" >&2
      answer=$1
    fi
    printf '%s' "$answer"
  else
    echo "warning: $1 uses the default password; for local tests only" >&2
    printf '%s' "$1"
  fi
}

viewer=$(ask viewer "${VIEWER_PASSWORD:-}")
simulator=$(ask simulator "${SIMULATOR_PASSWORD:-}")
presence=$(ask presence "${PRESENCE_PASSWORD:-}")
guide=$(ask guide "${GUIDE_PASSWORD:-}")

rm -f "$out"
umask 077
: >"$out"
mosquitto_passwd -b "$out" viewer "$viewer"
mosquitto_passwd -b "$out" simulator "$simulator"
mosquitto_passwd -b "$out" presence "$presence"
mosquitto_passwd -b "$out" guide "$guide"
chmod 600 "$out"
echo "wrote $out"
