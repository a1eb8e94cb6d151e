#!/usr/bin/env bash
# golden-record.sh — record the expected results of golden programs from Go itself.
#
# Usage: tools/golden-record.sh [DIR] [GLOB]
#   DIR   default tests/golden;  GLOB  file-name filter, e.g. 'go_*' or 'fmt_verbs' (no .go)
#
# For each DIR/NAME.go: build it with `go build`, run the binary (with its `// args:` and
# `// env:` headers, under each `// gomaxprocs:` value) twice per variant, and refuse to record
# when the runs disagree (a program whose output depends on scheduling or addresses is not a
# golden program). Then write NAME.out (stdout), NAME.status (exit status, only when not 0)
# and NAME.err (first line of stderr, only when not empty). Expectations always come from Go,
# never from mgo. Exit status 1 if any program could not be recorded.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=golden-lib.sh
. "$here/golden-lib.sh"
dir=$(realpath "${1:-$here/../tests/golden}") || exit 1
glob=${2:-*}
limit=${GOLDEN_TIMEOUT:-60}
command -v go >/dev/null || { echo "golden-record: go is not installed (apt-get install golang-go)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0 n=0
for f in "$dir"/$glob.go; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .go)
  base=$dir/$name
  n=$((n + 1))
  mkdir -p "$tmp/$name"
  if ! bin=$(gobuild_cached "$f" "$tmp/cache"); then
    echo "FAIL $name: go build failed: ${bin%%$'\n'*}"
    bad=$((bad + 1)); continue
  fi
  ref="" ok=1
  for v in $(golden_variants "$f"); do
    for r in 1 2; do
      d=$tmp/$name/run-$v-$r
      golden_run "$d" "$limit" "$v" "$f" "$bin"
      st=$(cat "$d/status")
      if [ "$st" = 124 ] || [ "$st" = 137 ]; then
        echo "FAIL $name: time limit ($limit s) reached under $v"; ok=0; break 2
      fi
      head -n1 "$d/err" >"$d/err1"
      if [ -z "$ref" ]; then
        ref=$d
      elif ! cmp -s "$ref/out" "$d/out" || ! cmp -s "$ref/err1" "$d/err1" || [ "$st" != "$(cat "$ref/status")" ]; then
        echo "FAIL $name: not deterministic (run $r under $v differs from the first run)"; ok=0; break 2
      fi
    done
  done
  if [ $ok = 0 ]; then bad=$((bad + 1)); continue; fi
  cp "$ref/out" "$base.out"
  st=$(cat "$ref/status")
  if [ "$st" != 0 ]; then echo "$st" >"$base.status"; else rm -f "$base.status"; fi
  if [ -s "$ref/err1" ]; then cp "$ref/err1" "$base.err"; else rm -f "$base.err"; fi
  echo "recorded $name (status $st$( [ -s "$ref/err1" ] && printf ', stderr: %s' "$(cut -c1-80 "$ref/err1")"))"
done
echo "$((n - bad)) recorded, $bad failed"
[ $bad = 0 ]
