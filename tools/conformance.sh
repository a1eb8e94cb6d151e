#!/usr/bin/env bash
# conformance.sh — run files of Go's own test suite (Debian's golang-1.19-src ships them in
# /usr/share/go-1.19/test; never copy them into this repository) through `mgo run`, under the
# rules of that suite's test/run.go.
#
# Usage: tools/conformance.sh [options] MGO INPUT...
#   INPUT        a list file (*.txt: one path a line relative to the suite root, # comments)
#                or a test file (*.go: absolute, or relative to the suite root)
#   --root DIR   the suite root (default /usr/share/go-1.19/test)
#   --gomaxprocs "1 2"   run each `// run` file once under each GOMAXPROCS value
#   --timeout N  seconds per file when it does not say `-t N` itself (default 60)
#   --jobs N     files run in parallel (default 2)
#   --write-passing FILE  write the inputs that passed (every variant) to FILE, sorted
#
# The rules (run.go): the recipe is the first comment block, up to the first blank line.
#   // run [-t N] [args]   compile and run with args; passes when the exit status is 0 and
#                         stdout+stderr combined equal NAME.out beside it (empty when none).
#   // errorcheck [flags] compiling (`mgo ir -e`: all errors, as `go tool compile -e`) must
#                         fail (mgo exits 1), every `// ERROR "re"` must match
#                         an error reported on its line, and no reported error may be left
#                         unmatched (tools/conformance-errorcheck.pl; perl-base, Go's regexps).
#                         run.go only compiles, so mgo's link-time "function main is
#                         undeclared" (no position) is not counted.
#   Other recipes (compile, rundir, errorcheckdir, skip, ...), build constraints that exclude
#   linux/amd64, and `run` with go-command flags are SKIPped and counted apart.
# Prints PASS/FAIL/SKIP per file with a one-line reason, then `N passed, N failed`; exit
# status 1 on any failure. An empty input list passes.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
CONF_ROOT=/usr/share/go-1.19/test
procs="" CONF_TIMEOUT=60 jobs=2 write=""
while [ $# -gt 0 ]; do
  case $1 in
    --root) CONF_ROOT=$2; shift 2 ;;
    --gomaxprocs) procs=$2; shift 2 ;;
    --timeout) CONF_TIMEOUT=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --write-passing) write=$2; shift 2 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
if [ $# -lt 1 ]; then echo "usage: $0 [options] MGO INPUT..." >&2; exit 2; fi
CONF_MGO=$(realpath "$1") || exit 2
shift
if [ ! -d "$CONF_ROOT" ]; then
  echo "conformance: $CONF_ROOT is missing (apt-get install golang-1.19-src)" >&2; exit 2
fi
CONF_TMP=$(mktemp -d)
trap 'rm -rf "$CONF_TMP"' EXIT
CONF_CHECK=$here/conformance-errorcheck.pl
mkdir -p "$CONF_TMP/res"

# Collect the files: "PATH" lines into $CONF_TMP/files.
for in in "$@"; do
  case $in in
    *.txt) sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$in" ;;
    /*) echo "$in" ;;
    *) if [ -f "$in" ] && [ ! -f "$CONF_ROOT/$in" ]; then realpath "$in"; else echo "$in"; fi ;;
  esac
done >"$CONF_TMP/files"

# conf_constraints FILE: exit 0 when the build constraints before `package` allow linux/amd64/gc.
conf_constraints() {
  perl -e '
    my %tag = map { $_ => 1 } qw(linux amd64 unix gc cgo), map { "go1.$_" } 1..19;
    sub ev { my $e = shift; $e =~ s/([A-Za-z0-9_.]+)/$tag{$1} ? 1 : 0/ge; $e =~ s/!/!/g; return eval($e) ? 1 : 0 }
    while (<>) {
      last if /^package /;
      if (m{^//go:build (.*)}) { exit 1 unless ev($1) }
      elsif (m{^// \+build (.*)}) {
        my $any = 0;
        for my $or (split " ", $1) { my $all = 1; for my $t (split /,/, $or) { my $neg = $t =~ s/^!//; my $v = $tag{$t} ? 1 : 0; $v = !$v if $neg; $all &&= $v } $any ||= $all }
        exit 1 unless $any;
      }
    }
    exit 0' "$1"
}

# conf_job PATH: run one test file; writes PASS/FAIL/SKIP lines.
conf_job() {
  local rel=$1 f dir base short recipe action words w lim="$CONF_TIMEOUT" args=() gflags=() want_err=1 label
  case $rel in /*) f=$rel ;; *) f=$CONF_ROOT/$rel ;; esac
  dir=$(dirname "$f"); short=$(basename "$f"); base=${f%.go}
  local key; key=$(printf '%s' "$rel" | tr '/' '_')
  res() { echo "$1 $2${3:+: $3}" | tee -a "$CONF_TMP/res/$key" ; }
  if [ ! -f "$f" ]; then res FAIL "$rel" "no such file"; return; fi
  if [ "$(head -c 1 "$f")" = "" ] || [ "$(head -c 1 "$f" | od -An -c | tr -d ' ')" = '\n' ]; then res SKIP "$rel" "starts with newline"; return; fi
  # The recipe: text up to the first blank line, a first "+build" line dropped, "//" cut.
  recipe=$(awk 'NR == 1 && /\+build/ { next } /^$/ { exit } { print }' "$f" | head -n 1)
  recipe=${recipe#//}
  read -r -a words <<<"$recipe"
  action=${words[0]:-}
  if ! conf_constraints "$f"; then res SKIP "$rel" "build constraints exclude linux/amd64"; return; fi
  words=("${words[@]:1}")
  while [ ${#words[@]} -gt 0 ] && [ "${words[0]#-}" != "${words[0]}" ]; do
    case ${words[0]} in
      -t) lim=${words[1]}; words=("${words[@]:1}") ;;
      -0) want_err=0 ;;
      -1) want_err=1 ;;
      *) gflags+=("${words[0]}") ;;
    esac
    words=("${words[@]:1}")
  done
  args=("${words[@]}")
  case $action in
    run)
      if [ ${#gflags[@]} -gt 0 ]; then res SKIP "$rel" "run with go flags ${gflags[*]}"; return; fi
      local variants=${CONF_PROCS:--}
      for v in $variants; do
        label=$rel; [ "$v" = - ] || label="$rel [GOMAXPROCS=$v]"
        w=$CONF_TMP/w.$key.$v
        local envs=(); [ "$v" = - ] || envs=(GOMAXPROCS="$v")
        (cd "$dir" && env "${envs[@]}" timeout -k 5 "$lim" "$CONF_MGO" run "$short" "${args[@]}") </dev/null >"$w" 2>&1
        local st=$?
        if [ $st = 124 ] || [ $st = 137 ]; then res FAIL "$label" "time limit ${lim}s"; continue; fi
        if [ $st != 0 ]; then res FAIL "$label" "exit status $st: $(grep -a -m1 . "$w" | cut -c1-150)"; continue; fi
        if [ -f "$base.out" ]; then
          if ! cmp -s "$w" "$base.out"; then
            res FAIL "$label" "output differs from $(basename "$base.out"): first diff $(diff "$w" "$base.out" | head -n 2 | tr '\n' ' ' | cut -c1-150)"; continue
          fi
        elif [ -s "$w" ]; then
          res FAIL "$label" "output should be empty: $(grep -a -m1 . "$w" | cut -c1-150)"; continue
        fi
        res PASS "$label"
      done ;;
    errorcheck|errorcheckwithauto)
      w=$CONF_TMP/w.$key
      # Only compile (`mgo ir`, output dropped), with every error reported (-e), as run.go's
      # `go tool compile -e`.
      (cd "$dir" && timeout -k 5 "$lim" "$CONF_MGO" ir -e "$short") </dev/null 2>"$w" >/dev/null
      local st=$?
      if [ $st = 124 ] || [ $st = 137 ]; then res FAIL "$rel" "compilation timed out"; return; fi
      if [ $want_err = 1 ] && [ $st = 0 ]; then res FAIL "$rel" "compilation succeeded unexpectedly"; return; fi
      if [ $want_err = 1 ] && [ $st != 1 ]; then res FAIL "$rel" "exit status $st, want 1 (compile error): $(grep -a -m1 . "$w" | cut -c1-120)"; return; fi
      if [ $want_err = 0 ] && [ $st != 0 ]; then res FAIL "$rel" "exit status $st, want 0"; return; fi
      local why
      if ! why=$(perl "$CONF_CHECK" "$f" "$short" "$w"); then res FAIL "$rel" "$why"; return; fi
      res PASS "$rel" ;;
    "") res SKIP "$rel" "no recipe line" ;;
    *) res SKIP "$rel" "recipe '$action' not run by this runner" ;;
  esac
}

CONF_PROCS=$procs
export CONF_ROOT CONF_TIMEOUT CONF_TMP CONF_MGO CONF_CHECK CONF_PROCS
export -f conf_job conf_constraints
xargs -r -d '\n' -P "$jobs" -n 1 bash -c 'conf_job "$0"' <"$CONF_TMP/files"

cat "$CONF_TMP"/res/* 2>/dev/null >"$CONF_TMP/all"
passed=$(grep -c '^PASS ' "$CONF_TMP/all")
failed=$(grep -c '^FAIL ' "$CONF_TMP/all")
skipped=$(grep -c '^SKIP ' "$CONF_TMP/all")
if [ -n "$write" ]; then
  # An input passes when it has PASS lines and no FAIL line (any variant).
  while IFS= read -r rel; do
    key=$(printf '%s' "$rel" | tr '/' '_')
    if grep -q '^PASS ' "$CONF_TMP/res/$key" 2>/dev/null && ! grep -q '^FAIL ' "$CONF_TMP/res/$key"; then echo "$rel"; fi
  done <"$CONF_TMP/files" | sort >"$write"
  echo "wrote $(wc -l <"$write") passing files to $write"
fi
echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
