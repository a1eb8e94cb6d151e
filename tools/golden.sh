#!/usr/bin/env bash
# golden.sh — run the golden programs under mgo and compare with the recorded results.
#
# Usage: tools/golden.sh MGO DIR [GLOB]
#   MGO   the mgo binary (run as `MGO run NAME.go args...` from inside DIR)
#   DIR   the golden directory (tests/golden)
#   GLOB  optional file-name filter without .go, e.g. 'go_*' or 'map_*'
# Environment: GOLDEN_TIMEOUT (seconds per run, default 30), GOLDEN_JOBS (parallel runs,
# default 2), GOLDEN_CACHE (where go-built binaries are cached, default a per-user temp dir).
# mgo's compiled-code cache (docs/CACHE.md) is a fresh temporary directory per invocation
# (MGO_CACHE=off is kept), so no object cached by an earlier build hides a compiler change;
# the second variant of a `// gomaxprocs: 1 2` program runs from that cache.
#
# Each program runs once per variant (`// gomaxprocs: 1 2` means two runs). A run passes when
# stdout, exit status and the first line of stderr equal NAME.out, NAME.status, NAME.err
# (see tools/golden-lib.sh). Every program is also built with `go build` and run, and must
# agree with the same recording, so the expectations cannot drift from Go. Without `go`
# that check is skipped with a loud warning, or fails every program under CI=true.
# Prints PASS/FAIL per run with a one-line reason, then `N passed, N failed`; exit status 1
# on any failure.
set -uo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 MGO DIR [GLOB]" >&2; exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=golden-lib.sh
. "$here/golden-lib.sh"
GOLDEN_MGO=$(realpath "$1") || exit 2
GOLDEN_DIR=$(realpath "$2") || exit 2
glob=${3:-*}
GOLDEN_TIMEOUT=${GOLDEN_TIMEOUT:-30}
jobs=${GOLDEN_JOBS:-2}
GOLDEN_TMP=$(mktemp -d)
trap 'rm -rf "$GOLDEN_TMP"' EXIT
[ "${MGO_CACHE:-}" = off ] || export MGO_CACHE="$GOLDEN_TMP/mgo-cache"
GOLDEN_CACHE=${GOLDEN_CACHE:-${TMPDIR:-/tmp}/mgo-golden-cache-$(id -u)}
mkdir -p "$GOLDEN_CACHE" "$GOLDEN_TMP/res"

GOLDEN_GO=1
if ! command -v go >/dev/null; then
  GOLDEN_GO=0
  if [ "${CI:-}" = true ]; then
    GOLDEN_GO=missing
  else
    echo "#################################################################" >&2
    echo "## WARNING: go is not installed: the recordings are NOT checked ##" >&2
    echo "## against go build (apt-get install golang-go).                ##" >&2
    echo "#################################################################" >&2
  fi
fi
[ -x "$GOLDEN_MGO" ] || echo "WARNING: $GOLDEN_MGO is not an executable file: every run will fail" >&2

# golden_job NAME VARIANT: one run; prints and records PASS/FAIL.
golden_job() {
  local name=$1 variant=$2 f base label w reason bin
  f=$GOLDEN_DIR/$name.go
  base=$GOLDEN_DIR/$name
  label=$name
  [ "$variant" = "-" ] || label="$name [$variant]"
  w=$GOLDEN_TMP/w/$name.$variant
  mkdir -p "$w"
  result() {  # result PASS|FAIL [reason]
    local line="$1 $label${2:+: $2}"
    echo "$line" >"$GOLDEN_TMP/res/$name.$variant"
    echo "$line"
  }
  if [ ! -f "$base.out" ]; then result FAIL "no recording $name.out (run tools/golden-record.sh)"; return; fi
  if [ "$GOLDEN_GO" = missing ]; then result FAIL "go is not installed and CI=true: recording cannot be checked"; return; fi
  if [ "$GOLDEN_GO" = 1 ]; then
    if ! bin=$(gobuild_cached "$f" "$GOLDEN_CACHE"); then result FAIL "go build failed: ${bin%%$'\n'*}"; return; fi
    golden_run "$w/go" "$GOLDEN_TIMEOUT" "$variant" "$f" "$bin"
    if ! reason=$(golden_compare "$w/go" "$base"); then
      result FAIL "go build binary disagrees with the recording (re-record?): $reason"; return
    fi
  fi
  (cd "$GOLDEN_DIR" && golden_run "$w/mgo" "$GOLDEN_TIMEOUT" "$variant" "$f" "$GOLDEN_MGO" run "$name.go")
  if ! reason=$(golden_compare "$w/mgo" "$base"); then result FAIL "$reason"; return; fi
  result PASS
}

export GOLDEN_MGO GOLDEN_DIR GOLDEN_TIMEOUT GOLDEN_TMP GOLDEN_CACHE GOLDEN_GO
export -f golden_header golden_variants golden_stdin golden_run golden_first_line golden_status_text \
  golden_compare gobuild_cached golden_job

found=0
for f in "$GOLDEN_DIR"/$glob.go; do
  [ -f "$f" ] || continue
  found=1
  for v in $(golden_variants "$f"); do echo "$(basename "$f" .go) $v"; done
done >"$GOLDEN_TMP/jobs"
if [ $found = 0 ]; then echo "no golden programs match $GOLDEN_DIR/$glob.go" >&2; fi
xargs -r -P "$jobs" -L 1 bash -c 'golden_job "$0" "$1"' <"$GOLDEN_TMP/jobs"

passed=$(cat "$GOLDEN_TMP"/res/* 2>/dev/null | grep -c '^PASS')
failed=$(( $(wc -l <"$GOLDEN_TMP/jobs") - passed ))
[ "$GOLDEN_GO" = 0 ] && echo "WARNING: go is not installed: recordings were not checked against go build" >&2
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ $found = 1 ]
