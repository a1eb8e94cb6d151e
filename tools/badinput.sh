#!/usr/bin/env bash
# badinput.sh — malformed programs must give a clean compile error, never a crash.
#
# Usage: tools/badinput.sh MGO DIR [GLOB]      check mgo against the recordings
#        tools/badinput.sh --record [DIR]       record DIR/NAME.err from `go build`
# Environment: BAD_TIMEOUT (seconds per file, default 30).
#
# Each DIR/NAME.go (tests/bad) has NAME.err, the first error line `go build` prints for it,
# with Go's "./" removed: `NAME.go:LINE:COL: message`. mgo runs from inside DIR with the bare
# file name (`MGO run NAME.go`) so that paths agree. A file passes when mgo exits with status
# 1 and its first stderr line equals NAME.err. Files named in DIR/mgo-only.txt (one name a
# line, then a reason) have a hand-written NAME.err and Go is not asked: valid Go outside
# mgo's subset (generics), or bytes the go command rejects before its compiler sees them
# (NUL bytes: there NAME.err holds what `go tool compile` says). Every other recording
# is re-checked against `go build` (Go's wording is the one mgo must match; without go: a
# loud warning, or a failure under CI=true).
# Generated inputs (too big to commit: 10,000-deep nesting, a 10 MB file) only need status
# 1, a `NAME.go:LINE:COL: ` prefix, no signal, and the time limit.
# Prints PASS/FAIL per file with a one-line reason, then `N passed, N failed`.
set -uo pipefail
limit=${BAD_TIMEOUT:-30}

# go_first_error FILE: first error line of `go build FILE` (run on a copy with the same
# name), "./" removed; returns 1 (printing why) when go build succeeds.
go_first_error() {
  local f=$1 w name
  name=$(basename "$f")
  w=$(mktemp -d)
  cp "$f" "$w/$name"
  if (cd "$w" && go build -o prog "$name") >"$w/log" 2>&1; then
    rm -rf "$w"; echo "go build succeeded"; return 1
  fi
  grep -av "^#" "$w/log" | head -n 1 | sed -e "s|\./$name|$name|g"
  rm -rf "$w"
}

mgo_only() { grep -qx "$(basename "$1" .go)" <(sed -e "s/[ \t#].*//" "$(dirname "$1")/mgo-only.txt" 2>/dev/null); }

if [ "${1:-}" = --record ]; then
  dir=$(realpath "${2:-$(dirname "$0")/../tests/bad}") || exit 1
  command -v go >/dev/null || { echo "badinput: go is not installed" >&2; exit 1; }
  bad=0
  for f in "$dir"/*.go; do
    name=$(basename "$f" .go)
    if mgo_only "$f"; then
      [ -f "$dir/$name.err" ] && echo "kept    $name (mgo-only): $(cat "$dir/$name.err")" ||
        { echo "MISSING $name.err: mgo-only files need a hand-written expectation"; bad=1; }
      continue
    fi
    if line=$(go_first_error "$f") && [ -n "$line" ]; then
      printf '%s\n' "$line" >"$dir/$name.err"
      echo "recorded $name: $line"
    else
      echo "FAIL $name: $line"; bad=1
    fi
  done
  exit $bad
fi

if [ $# -lt 2 ]; then echo "usage: $0 MGO DIR [GLOB] | $0 --record [DIR]" >&2; exit 2; fi
mgo=$(realpath "$1") || exit 2
dir=$(realpath "$2") || exit 2
glob=${3:-*}
havego=1
if ! command -v go >/dev/null; then
  havego=0
  if [ "${CI:-}" = true ]; then
    havego=missing
  else
    echo "################################################################" >&2
    echo "## WARNING: go is not installed: NAME.err recordings are NOT  ##" >&2
    echo "## checked against go build (apt-get install golang-go).      ##" >&2
    echo "################################################################" >&2
  fi
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# run_mgo DIR NAME.go: run mgo there; sets st (status) and first (first stderr line).
run_mgo() {
  (cd "$1" && timeout -k 5 "$limit" "$mgo" run "$2") </dev/null >"$tmp/out" 2>"$tmp/err"
  st=$?
  first=$(head -n 1 "$tmp/err" | tr -d "\\000")
}

# status_problem: a reason when st is not a clean compile failure.
status_problem() {
  case $st in
    1) return 1 ;;
    124|137) echo "time limit ($limit s) reached" ;;
    0) echo "exit status 0, want 1 (compiled and ran a malformed program)" ;;
    *) if [ "$st" -gt 128 ]; then echo "crashed: killed by signal SIG$(kill -l $((st - 128)) 2>/dev/null); stderr: $(printf '%s' "$first" | cut -c1-120)"
       else echo "exit status $st, want 1; stderr: $(printf '%s' "$first" | cut -c1-120)"; fi ;;
  esac
}

for f in "$dir"/$glob.go; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .go)
  if [ ! -f "$dir/$name.err" ]; then fail "$name" "no recording $name.err (run tools/badinput.sh --record)"; continue; fi
  want=$(head -n 1 "$dir/$name.err")
  if ! mgo_only "$f"; then
    if [ "$havego" = missing ]; then fail "$name" "go is not installed and CI=true: recording cannot be checked"; continue; fi
    if [ "$havego" = 1 ]; then
      goline=$(go_first_error "$f")
      if [ "$goline" != "$want" ]; then fail "$name" "go build disagrees with the recording (re-record?): go says '$goline'"; continue; fi
    fi
  fi
  run_mgo "$dir" "$name.go"
  if why=$(status_problem); then fail "$name" "$why"; continue; fi
  if [ "$first" != "$want" ]; then fail "$name" "got '$(printf '%s' "$first" | cut -c1-160)', want '$want'"; continue; fi
  pass "$name"
done

# Generated inputs: written to a temp dir; each needs a clean positioned error.
gen() {  # gen NAME: writes $tmp/gen/NAME.go
  local n=10000
  mkdir -p "$tmp/gen"
  case $1 in
    gen_nest_parens)   # 10,000 nested parentheses around a type error
      { printf 'package main\n\nvar x = '; printf '%*s' $n '' | tr ' ' '('; printf '1 + "s"';
        printf '%*s' $n '' | tr ' ' ')'; printf '\n\nfunc main() {}\n'; } ;;
    gen_nest_blocks)   # 10,000 nested blocks never closed
      { printf 'package main\n\nfunc main() {\n'; printf '%*s' $n '' | tr ' ' '{'; printf '\n'; } ;;
    gen_nest_types)    # a type nested 10,000 deep, then a mismatched assignment
      { printf 'package main\n\nvar x '; printf '%*s' $n '' | sed 's/ /[]/g'; printf 'int = "s"\n\nfunc main() {}\n'; } ;;
    gen_nest_calls)    # 10,000 nested calls, unclosed
      { printf 'package main\n\nfunc f(x int) int { return x }\n\nfunc main() {\n\t_ = '; printf '%*s' $n '' | sed 's/ /f(/g'; printf '1\n}\n'; } ;;
    gen_big_10mb)      # 10 MB of declarations, an error on the last line
      { printf 'package main\n\n'; seq 1 480000 | sed 's/.*/var v& int = &/'; printf 'var bad int = "not an int"\n\nfunc main() {}\n'; } ;;
  esac >"$tmp/gen/$1.go"
}
for name in gen_nest_parens gen_nest_blocks gen_nest_types gen_nest_calls gen_big_10mb; do
  case $name in $glob) ;; *) continue ;; esac
  gen "$name"
  start=$(date +%s)
  run_mgo "$tmp/gen" "$name.go"
  secs=$(( $(date +%s) - start ))
  if why=$(status_problem); then fail "$name" "$why"; continue; fi
  if ! printf '%s' "$first" | grep -Eq "^$name\.go:[0-9]+:[0-9]+: "; then
    fail "$name" "first stderr line lacks '$name.go:LINE:COL: ': '$(printf '%s' "$first" | cut -c1-160)'"; continue
  fi
  if [ "$name" = gen_big_10mb ] && ! printf '%s' "$first" | grep -q "^$name\.go:480003:"; then
    fail "$name" "error reported at the wrong line: '$(printf '%s' "$first" | cut -c1-120)', want line 480003"; continue
  fi
  pass "$name (${secs}s)"
done

[ "$havego" = 0 ] && echo "WARNING: go is not installed: recordings were not checked against go build" >&2
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
