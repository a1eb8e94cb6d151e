#!/usr/bin/env bash
# bench.sh — run the benchmark programs of ../shared/bench and of the project's own bench/
# under mgo and under a `go build` binary side by side; check every output against
# expected/NAME.SIZE.out of the program's directory; print a table.
#
# A program of the project's bench/ may come with bench/NAME.input.sh: it prints the
# program's stdin for a size (`bash NAME.input.sh SIZE > file`); the input is generated once
# per size into the temporary directory and every run reads it from there.
#
# Usage: tools/bench.sh [--small|--medium] [--runs N] [--mgo PATH] [--bench DIR] [programs...]
#   --small    the README's small sizes (a quick check that everything runs)
#   --medium   the README's "smaller sizes" for slow implementations (mutex 10000000, fib 32, ...)
#   --runs N   timed runs per measurement after one warm-up run (default 5); the median is shown
#   --mgo P    the mgo binary (default: $MGO, else the newest build*/mgo)
#   --bench D  the benchmark directory (default: ../shared/bench beside the repository, or $MGO_BENCH_DIR)
#   --opt -ON  mgo's optimisation level, pinned (default: mgo's own, -O0 with tier-up to -O1)
#   --cold     run mgo with MGO_CACHE=off: every timed run compiles (default: a fresh
#              temporary compiled-code cache that the warm-up run fills, so the timed runs
#              load the cached object, as the go binary is built once; docs/CACHE.md). A
#              warm-up that used over 0.5 s of CPU at the default level marks its program
#              for tier-up: a second warm-up then compiles and caches it at -O1, which the
#              timed runs load, as every later `mgo run` of it would
#              (docs/CACHE.md "Tier-up"; --opt pins the level, as -O does for mgo run)
# Environment: BENCH_TIMEOUT seconds per run (default 300).
#
# Columns: program, size, GOMAXPROCS (goroutine programs run under 1 and 2), median wall time
# of mgo and of the go binary, ratio mgo/go, peak RSS of each (/usr/bin/time's maximum
# resident set size, median over the runs). The warm-up run's stdout must equal
# expected/NAME.SIZE.out and its exit status be 0, else the row says FAIL and why.
# Extra rows: `parked` bytes per goroutine = (RSS at the big size - RSS at the small size) /
# (difference in goroutines), sizes 100000 and 1000000 (1000 and 100000 with --small);
# `hello` also shows `go run hello.go` (compile from the build cache, link and run).
set -uo pipefail
mode=bench runs=5 opt=() mgo=${MGO:-} cold=0
# The benchmark programs live in shared/, beside the repository (../shared/bench).
bench=${MGO_BENCH_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/shared/bench}
[ -d "$bench" ] || [ -n "${MGO_BENCH_DIR:-}" ] || bench=/work/shared/bench  # a clone elsewhere on a developer machine
limit=${BENCH_TIMEOUT:-300}
own=$(cd "$(dirname "$0")/.." && pwd)/bench   # the project's own programs (bench/README.md)
progs=()
while [ $# -gt 0 ]; do
  case $1 in
    --small) mode=small ;;
    --medium) mode=medium ;;
    --runs) runs=$2; shift ;;
    --mgo) mgo=$2; shift ;;
    --bench) bench=$2; shift ;;
    --opt) opt=("$2"); shift ;;
    --cold) cold=1 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    -*) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
    *) progs+=("$1") ;;
  esac
  shift
done
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=golden-lib.sh
. "$here/tools/golden-lib.sh"   # gobuild_cached
if [ -z "$mgo" ]; then
  mgo=$(ls -t "$here"/build*/mgo 2>/dev/null | head -n 1)
fi
[ -n "$mgo" ] && mgo=$(realpath "$mgo")
command -v go >/dev/null || { echo "bench.sh: go is not installed (apt-get install golang-go)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

# program  bench-size  medium-size  small-size  goroutines?
table="pingpong 3000000 3000000 1000 g
spawnjoin 1000000 1000000 1000 g
skynet 1000000 1000000 1000 g
threadring 5000000 5000000 1000 g
chameneos 600000 600000 1000 g
primesieve 5000 5000 100 g
selectfan 2000000 2000000 1000 g
mutex 50000000 10000000 1000 g
parked 100000 100000 1000 g
fib 41 32 20 -
deeprec 1000000 100000 1000 g
binarytrees 17 12 6 g
spectralnorm 4000 300 100 -
nbody 10000000 300000 1000 -
fannkuch 11 9 7 -
mandelbrot 4000 1000 200 -
regexredux-lite 2000000 2000000 100000 -
hello - - - -"
# The project's own programs, in bench/ (same columns).
own_table=$(cat "$own/table" 2>/dev/null | grep -v '^#')
table="$table
$own_table"
[ ${#progs[@]} -gt 0 ] || progs=($(echo "$table" | awk '{print $1}'))

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $cold = 1 ]; then export MGO_CACHE=off; cachenote="cache: off (--cold)"
else export MGO_CACHE=$tmp/mgo-cache; cachenote="cache: warm (filled by the warm-up run)"; fi
echo "mgo: ${mgo:-<none found>}   runs: $runs (+1 warm-up)   sizes: $mode   $cachenote   $(go version | cut -d' ' -f3)"
fmt='%-16s %-13s %-3s %10s %10s %7s %10s %10s  %s\n'
printf "$fmt" program size P mgo_s go_s ratio mgo_rss go_rss note
printf "$fmt" -------------- ------------ -- ------- ------- ----- ------- ------- ----

median() { sort -g | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }

# measure LABEL EXPECTED_FILE PROCS CMD...: warm-up run (checked), then $runs timed runs,
# each with stdin from $m_stdin (default /dev/null).
# Sets m_time (median seconds), m_rss (median KiB) and m_err (empty when fine).
m_stdin=/dev/null
hotmarks() { [ "$cold" = 1 ] || find "$MGO_CACHE" -name '*.hot' 2>/dev/null | wc -l; }
measure() {
  local label=$1 expect=$2 procs=$3
  shift 3
  local envs=() i t0 t1 st
  [ "$procs" = - ] || envs=(GOMAXPROCS="$procs")
  m_time=- m_rss=- m_err= m_hot=$(hotmarks)
  : >"$tmp/times"; : >"$tmp/rsss"
  i=-1
  while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    t0=$(date +%s%N)
    env "${envs[@]}" /usr/bin/time -f '%M' -o "$tmp/rss" timeout -k 5 "$limit" "$@" <"$m_stdin" >"$tmp/out" 2>"$tmp/err"
    st=$?
    t1=$(date +%s%N)
    if [ "$i" = 0 ]; then
      if [ "$st" = 124 ] || [ "$st" = 137 ]; then m_err="$label: time limit ${limit}s"; return; fi
      if [ "$st" != 0 ]; then
        m_err="$label: exit $st: $(grep -av '^Command exited with non-zero status' "$tmp/err" | head -n 1 | cut -c1-80)"; return
      fi
      if [ -n "$expect" ] && ! cmp -s "$tmp/out" "$expect"; then
        m_err="$label: wrong output: $(head -c 60 "$tmp/out" | head -n 1)"; return
      fi
      # A warm-up that marked its program hot (tier-up, docs/CACHE.md) is followed by
      # another, checked the same way: it compiles at -O1, the code the timed runs load.
      if [ "$(hotmarks)" != "$m_hot" ]; then m_hot=$(hotmarks); i=-1; fi
      continue
    fi
    echo "$(( (t1 - t0) / 1000000 ))" | awk '{printf "%.3f\n", $1 / 1000}' >>"$tmp/times"
    tail -n 1 "$tmp/rss" >>"$tmp/rsss"
  done
  m_time=$(median <"$tmp/times")
  m_rss=$(median <"$tmp/rsss")
}


# row NAME SIZE PROCS: measure both and print one table row; remembers RSS for parked.
declare -A rss_mgo rss_go
row() {
  local name=$1 size=$2 procs=$3 expect args=() note="" mt=- mr=- gt=- gr=- ratio=- gb dir
  dir=$(progdir "$name")
  if [ "$size" = - ]; then expect=$dir/expected/$name.out; else expect=$dir/expected/$name.$size.out; args=("$size"); fi
  m_stdin=/dev/null
  if [ -f "$dir/$name.input.sh" ]; then
    m_stdin=$tmp/$name.$size.input
    [ -f "$m_stdin" ] || bash "$dir/$name.input.sh" "$size" >"$m_stdin"
  fi
  [ -f "$expect" ] || { note="no $expect"; expect=""; }
  if gb=$(gobuild_cached "$dir/$name.go" "$tmp/cache"); then
    measure go "$expect" "$procs" "$gb" "${args[@]}"
    gt=$m_time gr=$m_rss; [ -n "$m_err" ] && note="$note FAIL $m_err"
  else
    note="$note FAIL go build: ${gb%%$'\n'*}"
  fi
  if [ -z "$mgo" ] || [ ! -x "$mgo" ]; then
    note="$note FAIL mgo: no binary"
  else
    measure mgo "$expect" "$procs" "$mgo" run "${opt[@]}" "$dir/$name.go" "${args[@]}"
    mt=$m_time mr=$m_rss; [ -n "$m_err" ] && note="$note FAIL $m_err"
  fi
  if [ "$mt" != - ] && [ "$gt" != - ]; then ratio=$(awk -v a="$mt" -v b="$gt" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'); fi
  rss_mgo[$name.$size.$procs]=$mr; rss_go[$name.$size.$procs]=$gr
  printf "$fmt" "$name" "$size" "$procs" "$mt" "$gt" "$ratio" "$mr" "$gr" "${note# }"
}

# progdir NAME: the directory holding NAME.go (shared bench first, then the project's bench/).
progdir() { if [ -f "$bench/$1.go" ]; then echo "$bench"; else echo "$own"; fi; }

for name in "${progs[@]}"; do
  line=$(echo "$table" | awk -v n="$name" '$1 == n')
  if [ -z "$line" ]; then printf "$fmt" "$name" - - - - - - - "FAIL unknown program"; continue; fi
  if [ ! -f "$(progdir "$name")/$name.go" ]; then printf "$fmt" "$name" - - - - - - - "FAIL no $name.go in $bench or $own"; continue; fi
  read -r _ bsize msize ssize kind <<<"$line"
  case $mode in bench) size=$bsize ;; medium) size=$msize ;; small) size=$ssize ;; esac
  procs_list=-
  [ "$kind" = g ] && procs_list="1 2"
  if [ "$name" = parked ]; then
    if [ $mode = small ]; then lo=1000 hi=100000; else lo=100000 hi=1000000; fi
    for p in $procs_list; do
      row parked $lo "$p"; row parked $hi "$p"
      bpg() { awk -v a="$1" -v b="$2" -v n=$((hi - lo)) 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%.0f", (b - a) * 1024 / n }'; }
      printf "$fmt" "parked B/gor" "$lo-$hi" "$p" - - - "$(bpg "${rss_mgo[parked.$lo.$p]}" "${rss_mgo[parked.$hi.$p]}")" \
        "$(bpg "${rss_go[parked.$lo.$p]}" "${rss_go[parked.$hi.$p]}")" "bytes per parked goroutine (RSS columns)"
    done
    continue
  fi
  for p in $procs_list; do row "$name" "$size" "$p"; done
  if [ "$name" = hello ]; then
    measure "go run" "$bench/expected/hello.out" - go run "$bench/hello.go"
    printf "$fmt" "hello (go run)" - - - "$m_time" - - "$m_rss" "${m_err:+FAIL $m_err}"
  fi
done
