#!/usr/bin/env bash
# fake-mgo.sh — a stand-in for mgo built on `go build`, to test the test scripts themselves
# (golden.sh, badinput.sh, bench.sh, conformance.sh) without the real compiler:
#   tools/golden.sh tools/fake-mgo.sh tests/golden     should print "N passed, 0 failed".
# Usage: fake-mgo.sh run FILE [args...]
# Compile errors are printed as mgo prints them (path as given, `file:line:col: msg`, exit 1);
# otherwise the go-built binary runs with the same arguments, stdin, stdout and stderr.
set -uo pipefail
[ "${1:-}" = run ] && [ $# -ge 2 ] || { echo "usage: fake-mgo.sh run FILE [args...]" >&2; exit 2; }
# shellcheck source=golden-lib.sh
. "$(dirname "$0")/golden-lib.sh"
file=$2; shift 2
if ! bin=$(gobuild_cached "$file" "${TMPDIR:-/tmp}/mgo-fake-cache-$(id -u)"); then
  # go prints "./prog.go:3:5: msg" (or "prog.go:..." from go list): restore the given path.
  printf '%s\n' "$bin" | sed -e "s|\(\./\)\{0,1\}prog\.go:|$file:|g" >&2
  exit 1
fi
exec -a "$file" "$bin" "$@"
