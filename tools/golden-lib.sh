# golden-lib.sh — shared by tools/golden.sh and tools/golden-record.sh (sourced, not run).
#
# A golden program tests/golden/NAME.go may open with header comment lines (before
# `package`):
#   // args: a b c           arguments after the file name (split on blanks, no quoting)
#   // env: K=V K2=V2        environment for the run
#   // gomaxprocs: 1 2       run once under each GOMAXPROCS value
#   // stdin: PATH           the file given as stdin (PATH relative to the repository root;
#                            without this header stdin is /dev/null)
#   // stderr: stdout        stderr goes to the same pipe as stdout (2>&1), so NAME.out holds
#                            both in the order the writes happened (unbuffered os.Stdout)
# Its expectation, recorded from the `go build` binary by tools/golden-record.sh:
#   NAME.out      exact stdout (always present, may be empty)
#   NAME.status   exit status, only when not 0
#   NAME.err      first line of stderr, only when stderr is not empty

# The repository root (for `// stdin:` paths), from this file's own location.
GOLDEN_ROOT=${GOLDEN_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
export GOLDEN_ROOT

# golden_header FILE KEY: the value of the first `// KEY: value` line before `package`.
golden_header() {
  awk -v key="// $2:" '
    /^package[ \t]/ { exit }
    index($0, key) == 1 { v = substr($0, length(key) + 1); sub(/^[ \t]+/, "", v); sub(/[ \t\r]+$/, "", v); print v; exit }
  ' "$1"
}

# golden_variants FILE: one word per run: "GOMAXPROCS=N" per `// gomaxprocs:` value, else "-".
golden_variants() {
  local g
  g=$(golden_header "$1" gomaxprocs)
  if [ -z "$g" ]; then echo "-"; return; fi
  for n in $g; do echo "GOMAXPROCS=$n"; done
}

# golden_stdin FILE: the absolute path of FILE's `// stdin:` file, or /dev/null.
golden_stdin() {
  local s
  s=$(golden_header "$1" stdin)
  if [ -z "$s" ]; then echo /dev/null; else echo "$GOLDEN_ROOT/$s"; fi
}

# golden_run OUTDIR TIMEOUT VARIANT FILE CMD...: run CMD with FILE's args and env (plus
# VARIANT unless "-"), stdin from its `// stdin:` file (else /dev/null), stdout capped at
# 64 MiB (stderr merged into it under `// stderr: stdout`); writes OUTDIR/out, OUTDIR/err,
# OUTDIR/status (124 = time limit reached; a missing stdin file is status 126 with the
# reason in OUTDIR/err).
golden_run() {
  local outdir=$1 limit=$2 variant=$3 file=$4
  shift 4
  local args envs stdin merge
  args=$(golden_header "$file" args)
  merge=$(golden_header "$file" stderr)
  envs=$(golden_header "$file" env)
  stdin=$(golden_stdin "$file")
  [ "$variant" = "-" ] || envs="$envs $variant"
  mkdir -p "$outdir"
  if [ ! -r "$stdin" ]; then
    : >"$outdir/out"
    echo "golden: stdin file $stdin (from the // stdin: header) cannot be read" >"$outdir/err"
    echo 126 >"$outdir/status"
    return
  fi
  # The outer braces send bash's own "Segmentation fault" notice to /dev/null.
  # shellcheck disable=SC2086  # args/env are blank-separated words by definition
  {
    (
      ulimit -f 65536 2>/dev/null   # 64 MiB of output at most (bash counts 1 KiB blocks)
      if [ "$merge" = stdout ]; then exec 2>&1; fi
      exec env $envs timeout -k 5 "$limit" "$@" $args
    ) <"$stdin" >"$outdir/out" 2>"$outdir/err"
    echo $? >"$outdir/status"
  } 2>/dev/null
}

# golden_first_line FILE: its first line, without the newline ("" when empty).
golden_first_line() {
  local l=""
  IFS= read -r l <"$1" || true
  printf '%s' "$l"
}

# golden_status_text STATUS: words for an exit status (signals, time limit).
golden_status_text() {
  local s=$1
  if [ "$s" = 124 ] || [ "$s" = 137 ]; then
    echo "$s (time limit reached)"
  elif [ "$s" -gt 128 ] 2>/dev/null; then
    echo "$s (killed by signal SIG$(kill -l $((s - 128)) 2>/dev/null || echo $((s - 128))))"
  else
    echo "$s"
  fi
}

# golden_compare GOTDIR BASE: compare a run (GOTDIR/out, err, status) with the recording
# BASE.out, BASE.status, BASE.err. Prints a one-line reason and returns 1 on a difference.
golden_compare() {
  local got=$1 base=$2
  local want_status=0 got_status want_err got_err
  got_status=$(cat "$got/status")
  [ -f "$base.status" ] && want_status=$(tr -d ' \n' <"$base.status")
  if [ "$got_status" = 124 ] || [ "$got_status" = 137 ]; then
    echo "time limit reached (exit status $got_status)"
    return 1
  fi
  if [ "$got_status" != "$want_status" ]; then
    echo "exit status $(golden_status_text "$got_status"), want $want_status; stderr: $(golden_first_line "$got/err" | cut -c1-160)"
    return 1
  fi
  want_err=""
  [ -f "$base.err" ] && want_err=$(golden_first_line "$base.err")
  got_err=$(golden_first_line "$got/err")
  if [ "$got_err" != "$want_err" ]; then
    echo "stderr first line: got '$(printf '%s' "$got_err" | cut -c1-160)', want '$want_err'"
    return 1
  fi
  if ! cmp -s "$got/out" "$base.out"; then
    # The first differing line from both sides (<EOF> past the end of one).
    local where
    where=$(awk '
      FILENAME == ARGV[1] { g[FNR] = $0; ng = FNR; next }
      { w[FNR] = $0; nw = FNR }
      END {
        n = ng > nw ? ng : nw
        for (i = 1; i <= n; i++)
          if (i > ng || i > nw || g[i] != w[i]) {
            printf "at line %d: got \"%s\", want \"%s\"", i, (i > ng ? "<EOF>" : substr(g[i], 1, 100)), (i > nw ? "<EOF>" : substr(w[i], 1, 100))
            exit
          }
        printf "in the final newline"
      }' "$got/out" "$base.out")
    echo "stdout differs $where ($(wc -c <"$got/out") bytes, want $(wc -c <"$base.out"))"
    return 1
  fi
  return 0
}

# gobuild_cached SRC CACHE: print the path of SRC's `go build` binary, kept in CACHE under a
# key of the go version and the source (built on first use; safe for concurrent callers). On
# a compile error print go's messages (paths as ./prog.go) instead and return 1.
# Used by golden.sh, golden-record.sh, fake-mgo.sh and bench.sh.
gobuild_cached() {
  local src=$1 cache=$2 key bin w
  mkdir -p "$cache"
  key=$( (go version; cat "$src") | sha256sum | cut -c1-32)
  bin=$cache/$key
  if [ ! -x "$bin" ]; then
    w=$(mktemp -d)
    cp "$src" "$w/prog.go"
    if ! (cd "$w" && go build -o prog prog.go) >"$w/log" 2>&1; then
      grep -av '^#' "$w/log"
      rm -rf "$w"
      return 1
    fi
    mv -f "$w/prog" "$bin.$$" && mv -f "$bin.$$" "$bin"   # rename: atomic for concurrent builders
    rm -rf "$w"
  fi
  echo "$bin"
}
