#!/usr/bin/env bash
# fake-mgo.sh — a stand-in for mgo built on `go build`, to test the test scripts themselves
# (golden.sh, badinput.sh, bench.sh, conformance.sh) without the real compiler:
#   tools/golden.sh tools/fake-mgo.sh tests/golden     should print "N passed, 0 failed".
# Usage: fake-mgo.sh run FILE [args...]
# Compile errors are printed as mgo prints them (path as given, `file:line:col: msg`, exit 1);
# otherwise the go-built binary runs with the same arguments, stdin, stdout and stderr.
set -uo pipefail
[ "${1:-}" = run ] && [ $# -ge 2 ] || { echo "usage: fake-mgo.sh run FILE [args...]" >&2; exit 2; }
file=$2; shift 2
cache=${TMPDIR:-/tmp}/mgo-fake-cache-$(id -u)
mkdir -p "$cache"
key=$( (go version; cat "$file") | sha256sum | cut -c1-32)
bin=$cache/$key
if [ ! -x "$bin" ]; then
  w=$(mktemp -d)
  trap 'rm -rf "$w"' EXIT
  cp "$file" "$w/prog.go"
  if ! (cd "$w" && go build -o prog prog.go) >"$w/log" 2>&1; then
    # go prints "./prog.go:3:5: msg" (or "prog.go:..." from go list): restore the given path.
    grep -av "^#" "$w/log" | sed -e "s|\(\./\)\{0,1\}prog\.go:|$file:|g" >&2
    exit 1
  fi
  mv -f "$w/prog" "$bin.$$" && mv -f "$bin.$$" "$bin"
  rm -rf "$w"; trap - EXIT
fi
exec -a "$file" "$bin" "$@"
