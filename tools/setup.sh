#!/usr/bin/env bash
# setup.sh — install what mgo needs (Debian 12 packages) if missing, then configure and
# build into build/. Idempotent: when everything is there it only runs an incremental build.
# Usage: bash tools/setup.sh [extra cmake -D options for a first configure]
set -euo pipefail
cd "$(dirname "$0")/.."
PKGS="g++ cmake ninja-build pkg-config llvm-19-dev zlib1g-dev libzstd-dev libboost-context-dev libre2-dev libgtest-dev golang-go time"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
BUILD=${MGO_BUILD_DIR:-build}
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
fi
ninja -C "$BUILD" >&2
