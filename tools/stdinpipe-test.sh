#!/usr/bin/env bash
# stdinpipe-test.sh MGO — a goroutine blocked in read(2) must not stop the others.
#
# The program below starts a reader goroutine that blocks reading a pipe that stays open
# (stdin, or a FIFO through os.ReadFile: open(2) and read(2) both block), then computes
# with four goroutines and prints the result. Only after "compute done" has appeared on
# its stdout does this script write the line the reader waits for. Under GOMAXPROCS=1 the
# compute part can run only if the blocked reader's M gave up its P (entersyscall in
# stdlib/syscall_blocking.h, retake + handoffp in sysmon); without that the program hangs and the
# check fails after $WAIT seconds. The full output is compared with the `go build` binary's.
# Prints PASS/FAIL per run and ends with `N passed, N failed`.
set -u
mgo=$1
WAIT=${WAIT:-60}  # seconds to wait for "compute done" (a loaded machine compiles slowly)
tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
pass=0 fail=0

cat >"$tmp/prog.go" <<'EOF'
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// read returns the first line of stdin, or of the file named by os.Args[1].
func read() string {
	if len(os.Args) > 1 {
		data, err := os.ReadFile(os.Args[1])
		if err != nil {
			return "error: " + err.Error()
		}
		return strings.TrimSpace(string(data))
	}
	s, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil {
		return "error: " + err.Error()
	}
	return strings.TrimSpace(s)
}

func main() {
	started := make(chan bool)
	line := make(chan string)
	go func() {
		started <- true
		line <- read() // blocks in the kernel until the script writes
	}()
	<-started
	results := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) { results <- fib(18 + i) }(i)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-results
	}
	fmt.Println("compute done:", sum)
	fmt.Println("read:", <-line)
}
EOF

# run NAME OUT CMD...: runs CMD with stdin (or the FIFO in $tmp/fifo when MODE=file) held
# open, waits for "compute done", then writes the line; OUT gets stdout then "status N".
run() {
  local out=$1; shift
  # Remove the previous run's output first: the child truncates OUT only once it runs, and
  # a grep before that saw the last run's "compute done" (a spurious FAIL seen in CI).
  rm -f "$tmp/fifo" "$out" "$out.err"
  mkfifo "$tmp/fifo"
  if [ "$MODE" = stdin ]; then
    "$@" <"$tmp/fifo" >"$out" 2>"$out.err" &
  else
    "$@" "$tmp/fifo" </dev/null >"$out" 2>"$out.err" &
  fi
  local pid=$!
  pids+=("$pid")
  # The write end: the reader's pipe stays open until we close it. Opened read-write so
  # that the open never blocks (a write-only open of a FIFO waits for a reader: if the
  # program died before opening it, the script would hang instead of reporting FAIL).
  exec 3<>"$tmp/fifo"
  local waited=0
  while ! grep -q "compute done" "$out" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge $((WAIT * 10)) ]; then break; fi
    sleep 0.1
    waited=$((waited + 1))
  done
  local early=no
  grep -q "compute done" "$out" && early=yes
  kill -0 "$pid" 2>/dev/null || early="exited before the line was written"
  echo "hello from the pipe" >&3
  # Close our end only once the program has the FIFO open: in file mode the reader
  # goroutine may not have reached its open(2) yet (it can print "compute done" first), and
  # a FIFO whose last writer closed before the reader opened loses the line and leaves the
  # reader's open waiting for a writer forever.
  waited=0
  while ! ls -l "/proc/$pid/fd" 2>/dev/null | grep -q "$tmp/fifo"; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge $((WAIT * 10)) ]; then break; fi
    sleep 0.1
    waited=$((waited + 1))
  done
  exec 3>&-
  wait "$pid"
  echo "status $?" >>"$out"
  echo "$early"
}

go build -o "$tmp/prog" "$tmp/prog.go" || { echo "FAIL go build"; exit 1; }
for MODE in stdin file; do
  for procs in 1 2; do
    name="$MODE-GOMAXPROCS=$procs"
    export GOMAXPROCS=$procs
    gotearly=$(run "$tmp/go.out" "$tmp/prog")
    early=$(run "$tmp/mgo.out" "$mgo" run "$tmp/prog.go")
    if [ "$gotearly" != yes ]; then
      echo "FAIL $name: the go binary did not behave as this test expects ($gotearly)"
      fail=$((fail + 1))
    elif [ "$early" != yes ]; then
      echo "FAIL $name: compute did not finish while the reader was blocked ($early):"
      head -c 300 "$tmp/mgo.out" "$tmp/mgo.out.err"
      fail=$((fail + 1))
    elif ! diff -u "$tmp/go.out" "$tmp/mgo.out"; then
      echo "FAIL $name: output differs from go build's"
      fail=$((fail + 1))
    else
      echo "PASS $name"
      pass=$((pass + 1))
    fi
  done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
