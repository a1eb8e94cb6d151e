#!/usr/bin/env bash
# schedtrace-test.sh MGO — GODEBUG=schedtrace=100 (and scheddetail=1) output, parsed.
#
# Runs a program that keeps goroutines busy, blocked on channels and asleep for ~0.8 s,
# under GOMAXPROCS=1, 2 and 3, and checks every trace line has Go's shape (proc.go's
# schedtrace) with plausible values:
#   summary: SCHED <ms>ms: gomaxprocs=N idleprocs=I threads=T spinningthreads=S
#            idlethreads=D runqueue=R [r0 .. rN-1]   with N = GOMAXPROCS, I <= N, S <= N,
#            D < T, one run-queue length per P, times increasing, at least 4 lines;
#   detail:  the summary plus gcwaiting=0|1 nmidlelocked= stopwait= sysmonwait=, then
#            exactly N lines "  P<i>: status= schedtick= syscalltick= m= runqsize=
#            gfreecnt= timerslen=" for i = 0..N-1 in order, status a Go P status (0-4),
#            then "  M<id>: p= curg= ... spinning=<bool> blocked=<bool> lockedg=" lines
#            (p in -1..N-1) and "  G<id>: status=<n>(<reason>) m= lockedm=" lines
#            (Go's G statuses, maybe with its _Gscan bit), G1 (main) among them.
# The checker is first run on the go build binary's own trace, which it must accept; the
# program's stdout under mgo must equal the go binary's. Prints PASS/FAIL per run and
# ends with `N passed, N failed`.
set -u
mgo=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
cat >"$tmp/prog.go" <<'EOF'
package main

import (
	"fmt"
	"time"
)

func spin(d time.Duration) int {
	n := 0
	for t := time.Now(); time.Since(t) < d; n++ {
	}
	return n
}

func main() {
	block := make(chan int)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { <-block }() // blocked for the whole run
	}
	for i := 0; i < 4; i++ {
		go func() { spin(800 * time.Millisecond); done <- true }()
	}
	go func() { time.Sleep(500 * time.Millisecond); done <- true }()
	for i := 0; i < 5; i++ {
		<-done
	}
	close(block)
	fmt.Println("done")
}
EOF
go build -o "$tmp/prog" "$tmp/prog.go" || { echo "FAIL go build"; exit 1; }
"$tmp/prog" >"$tmp/go.out" 2>/dev/null

# check FILE N DETAIL: prints the first problem found, or nothing.
check() {
  awk -v n="$2" -v detail="$3" '
    function bad(msg) { if (!err) err = "line " NR ": " msg ": " $0; }
    /^SCHED / {
      if (inp >= 0 && inp != n && detail) bad("expected " n " P lines before this one, got " inp)
      nsched++; inp = 0; stage = "P"
      re = "^SCHED [0-9]+ms: gomaxprocs=[0-9]+ idleprocs=[0-9]+ threads=[0-9]+ spinningthreads=[0-9]+ idlethreads=[0-9]+ runqueue=[0-9]+"
      if (detail) re = re " gcwaiting=[01] nmidlelocked=[0-9]+ stopwait=[0-9]+ sysmonwait=[0-9]+$"
      else re = re " \\[[0-9 ]*\\]$"
      if ($0 !~ re) { bad("not Go'\''s summary shape"); next }
      ms = $2 + 0; if (ms < lastms) bad("time went back"); lastms = ms
      for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      if (v["gomaxprocs"] != n) bad("gomaxprocs is not " n)
      if (v["idleprocs"] + 0 > n) bad("idleprocs > gomaxprocs")
      if (v["spinningthreads"] + 0 > n) bad("spinningthreads > gomaxprocs")
      if (v["threads"] + 0 < 1 || v["idlethreads"] + 0 >= v["threads"] + 0) bad("idlethreads >= threads")
      if (!detail) {
        s = $0; sub(/^.*\[/, "", s); sub(/\]$/, "", s)
        if (split(s, q, " ") != n) bad("run queue lengths are not one per P")
      }
      next
    }
    /^  P[0-9]+: / {
      if (!detail) { bad("P line without scheddetail"); next }
      if (stage != "P") bad("P line after M/G lines")
      if ($0 !~ /^  P[0-9]+: status=[0-4] schedtick=[0-9]+ syscalltick=[0-9]+ m=-?[0-9]+ runqsize=[0-9]+ gfreecnt=[0-9]+ timerslen=[0-9]+$/) bad("not Go'\''s P line")
      if ($1 != "P" inp ":") bad("P lines out of order")
      inp++; next
    }
    /^  M[0-9]+: / {
      if (!detail) { bad("M line without scheddetail"); next }
      stage = "M"; nm++
      if ($0 !~ /^  M[0-9]+: p=-?[0-9]+ curg=-?[0-9]+ mallocing=[0-9]+ throwing=[0-9]+ preemptoff=[^ ]* locks=[0-9]+ dying=[0-9]+ spinning=(true|false) blocked=(true|false) lockedg=-?[0-9]+$/) bad("not Go'\''s M line")
      split($2, kv, "="); if (kv[2] + 0 >= n) bad("M holds a P beyond gomaxprocs")
      next
    }
    /^  G[0-9]+: / {
      if (!detail) { bad("G line without scheddetail"); next }
      stage = "G"; ng++
      if ($0 !~ /^  G[0-9]+: status=[0-9]+\(.*\) m=-?[0-9]+ lockedm=-?[0-9]+$/) bad("not Go'\''s G line")
      st = $2; sub(/^status=/, "", st); sub(/\(.*/, "", st); st = st % 4096  # Go: _Gscan bit
      if (st != 0 && st != 1 && st != 2 && st != 3 && st != 4 && st != 6 && st != 8 && st != 9) bad("not a G status")
      if ($1 == "G1:") g1++
      next
    }
    { bad("unexpected line") }
    END {
      # The last block has no next SCHED line to check its P lines against.
      if (!err && detail && inp >= 0 && inp != n) err = "last block: expected " n " P lines, got " inp
      if (!err && nsched < 4) err = "only " nsched " SCHED lines in 0.8 s at 100 ms"
      if (!err && detail && (nm < 1 || ng < 1 || g1 < 1)) err = "detail mode lacks M lines, G lines or G1"
      if (err) print err
    }' inp=-1 "$1"
}

for detail in 0 1; do
  for procs in 1 2 3; do
    debug="schedtrace=100"; [ "$detail" = 1 ] && debug="$debug,scheddetail=1"
    name="$debug GOMAXPROCS=$procs"
    # The checker must accept the go binary's own trace (else this test is wrong).
    GOMAXPROCS=$procs GODEBUG=$debug "$tmp/prog" >/dev/null 2>"$tmp/goerr"
    goproblem=$(check "$tmp/goerr" "$procs" "$detail")
    GOMAXPROCS=$procs GODEBUG=$debug "$mgo" run "$tmp/prog.go" >"$tmp/out" 2>"$tmp/err"
    st=$?
    problem=$(check "$tmp/err" "$procs" "$detail")
    if [ -n "$goproblem" ]; then
      echo "FAIL $name: the checker rejects go's own trace: $goproblem"; fail=$((fail + 1))
    elif [ "$st" -ne 0 ]; then
      echo "FAIL $name: exit status $st"; fail=$((fail + 1))
    elif [ -n "$problem" ]; then
      echo "FAIL $name: $problem"; fail=$((fail + 1))
    elif ! cmp -s "$tmp/out" "$tmp/go.out"; then
      echo "FAIL $name: stdout differs from go build's"; fail=$((fail + 1))
    else
      echo "PASS $name ($(grep -c '^SCHED' "$tmp/err") trace lines)"; pass=$((pass + 1))
    fi
  done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
