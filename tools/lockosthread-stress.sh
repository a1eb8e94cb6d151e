#!/usr/bin/env bash
# lockosthread-stress.sh MGO [N] — runs tests/golden/lockosthread_tid.go N times (default 60)
# under GOMAXPROCS 1, 2 and 4 and fails if a run hangs (no exit within $LIMIT seconds) or
# prints anything other than its recorded output.
#
# What it guards: a sleeping locked goroutine whose timer came due while the M that
# timerAdded's wakep had started went to another locked goroutine (startlockedm) and
# stopped without a deadline: nothing ran the timer and the program slept for ever
# (2 hangs in 150 runs before sysmon started an M for overdue timers, 0 in 350 after).
# A hang is intermittent by nature, so this raises the odds of seeing it; it cannot make
# every run see it.
set -u
mgo=$1
n=${2:-60}
LIMIT=${LIMIT:-20}  # seconds per run (a normal run takes ~50 ms; generous for loaded CI)
root=$(cd "$(dirname "$0")/.." && pwd)
prog=$root/tests/golden/lockosthread_tid.go
want=$(cat "$root/tests/golden/lockosthread_tid.out")
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
pass=0 fail=0
for i in $(seq 1 "$n"); do
  case $((i % 3)) in 0) p=1 ;; 1) p=2 ;; *) p=4 ;; esac
  out=$(GOMAXPROCS=$p MGO_CACHE=$cache timeout "$LIMIT" "$mgo" run "$prog" 2>&1)
  rc=$?
  if [ "$rc" = 124 ]; then
    echo "FAIL run $i (GOMAXPROCS=$p): no exit within ${LIMIT}s"
    fail=$((fail + 1))
  elif [ "$rc" != 0 ] || [ "$out" != "$want" ]; then
    echo "FAIL run $i (GOMAXPROCS=$p): exit $rc, output differs:"
    echo "$out" | head -5
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
