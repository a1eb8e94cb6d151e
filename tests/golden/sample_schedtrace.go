// gomaxprocs: 1 2
//
// schedtrace.mgo — watching the scheduler work: goroutines created, blocked, preempted
// and stolen, through Go's own trace, GODEBUG=schedtrace.
//
// Run it:               GOMAXPROCS=2 mgo run samples/schedtrace.mgo
// Watch the scheduler:  GOMAXPROCS=2 GODEBUG=schedtrace=100 mgo run samples/schedtrace.mgo
// Every P, M and G:     GOMAXPROCS=2 GODEBUG=schedtrace=100,scheddetail=1 mgo run samples/schedtrace.mgo
// (The trace goes to stderr, every 100 ms, from sysmon: runtime/sysmon.cc schedtrace. Its
// numbers depend on timing and on the machine; stdout is the same in every run. `go run`
// prints the same trace format, with more threads and goroutines of its own: Go's
// garbage collector has workers, mgo has none.)
//
// One summary line every 100 ms (Go's proc.go schedtrace):
//   SCHED 200ms: gomaxprocs=2 idleprocs=0 threads=4 spinningthreads=0 idlethreads=1 runqueue=3 [2 0]
//   SCHED 200ms       time since the first trace line
//   gomaxprocs=2      number of Ps (processors: what an M needs to run Go code)
//   idleprocs=0       Ps with nothing to run, on the idle list (sched.pidle)
//   threads=4         Ms (OS threads) that exist, plus one for sysmon
//   spinningthreads   Ms holding a P that are looking for work to steal (nmspinning)
//   idlethreads       Ms asleep on their note, waiting for a P (sched.midle)
//   runqueue=3        goroutines in the global run queue (Gosched and preemption put
//                     them there; a P takes some every 61st schedule, or when idle)
//   [2 0]             goroutines in each P's local run queue (runnext not counted)
// With scheddetail=1 the summary line gains
//   gcwaiting=0       1 while a stop-the-world (here: runtime.GOMAXPROCS) stops every P
//   nmidlelocked=0    Ms wired to a goroutine (LockOSThread) waiting for it to be runnable
//   stopwait=0        Ps the stop-the-world still waits for
//   sysmonwait=0      1 while sysmon sleeps waiting for work (mgo's never does)
// and is followed by one line per P, per M and per G:
//   P0: status=1 schedtick=52 syscalltick=0 m=2 runqsize=1 gfreecnt=3 timerslen=0
//       status 0 idle, 1 running, 2 its M is in a system call, 3 stopped for a
//       stop-the-world, 4 dead (beyond GOMAXPROCS); schedtick counts the goroutines it
//       ran (sysmon preempts one that keeps the same tick for 10ms); syscalltick counts
//       system calls (sysmon retakes a P whose tick stays in a call); m is the M holding
//       it (-1: none); runqsize its local queue; gfreecnt dead goroutines kept for reuse;
//       timerslen its timers (time.Sleep, time.After).
//   M2: p=0 curg=5 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=-1
//       the P it holds and the goroutine it runs (-1: none); spinning: looking for work;
//       blocked: asleep on its note; lockedg: the goroutine wired to it. mallocing,
//       throwing, preemptoff, locks, dying are Go's GC and fatal-error state: always idle
//       values under mgo.
//   G5: status=2() m=2 lockedm=-1
//       status 1 runnable, 2 running, 3 in a system call, 4 waiting (the reason in
//       parentheses: "chan receive", "sleep", "select"...), 6 dead (kept for reuse); m is
//       the M running it.
//
// Steps (runtime/proc.cc newproc, schedule, findrunnable; runtime/sysmon.cc retake):
//  1. Created: `go waiter(...)` eight times. Each newproc puts the new G in main's P's
//     runnext (the older one moves to the ring), so runqsize grows while main runs.
//  2. Blocked: the waiters park on a channel (gopark, status 4 "chan receive") and main
//     sleeps 250 ms (status 4 "sleep", a timer in timerslen): every P goes idle, so the
//     trace shows idleprocs=gomaxprocs and idle threads.
//  3. Preempted: four spinners that never block share the Ps for 300 ms. sysmon sees a P
//     whose schedtick has not moved for 10 ms and sets the running G's stackguard0 to
//     StackPreempt; the G yields at its next loop poll to the global queue, so the trace
//     shows runqueue > 0 and schedtick climbing ~100 a second per P.
//  4. Stolen: main makes 64 short goroutines on its own P. With GOMAXPROCS=2 the idle P's
//     M spins (spinningthreads=1) and steals half of main's queue (runqsteal): [a b]
//     shows main's P with a long queue that shrinks faster than main alone could run it.
//  5. Main collects every result in a fixed order, so stdout does not depend on which P
//     ran what.
//
// Expected output:
//   created 8 waiters
//   woke 8 waiters, sum 36
//   4 spinners ran for 300ms
//   64 short goroutines, sum of squares 85344

package main

import (
	"fmt"
	"time"
)

func waiter(id int, start <-chan bool, done chan<- int) {
	<-start // blocked: status 4 (chan receive) until main closes start
	done <- id
}

// spin keeps its P busy without blocking until d has passed: only preemption lets
// another goroutine onto this P meanwhile.
func spin(d time.Duration) int {
	n := 0
	for t := time.Now(); time.Since(t) < d; n++ {
	}
	return n
}

func main() {
	// 1. Created.
	start := make(chan bool)
	done := make(chan int)
	for i := 1; i <= 8; i++ {
		go waiter(i, start, done)
	}
	fmt.Println("created 8 waiters")

	// 2. Blocked: everyone waits, the Ps go idle.
	time.Sleep(250 * time.Millisecond)
	close(start)
	sum := 0
	for i := 0; i < 8; i++ {
		sum += <-done
	}
	fmt.Println("woke 8 waiters, sum", sum)

	// 3. Preempted: more spinners than Ps.
	finished := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { finished <- spin(300 * time.Millisecond) }()
	}
	for i := 0; i < 4; i++ {
		<-finished
	}
	fmt.Println("4 spinners ran for 300ms")

	// 4. Stolen: many goroutines made on main's P.
	results := make([]chan int, 64)
	for i := range results {
		results[i] = make(chan int, 1)
		go func(i int) {
			spin(2 * time.Millisecond)
			results[i] <- i * i
		}(i)
	}
	total := 0
	for i := range results {
		total += <-results[i]
	}
	fmt.Println("64 short goroutines, sum of squares", total)
}
