// gomaxprocs: 1 2
//
// sched_steal.mgo — work stealing: with GOMAXPROCS=2, goroutines made on one P run on
// the other.
//
// Run it:              GOMAXPROCS=2 mgo run samples/sched_steal.mgo
// Watch where it ran:  GOMAXPROCS=2 SHOW=1 mgo run samples/sched_steal.mgo
//                      GOMAXPROCS=1 SHOW=1 mgo run samples/sched_steal.mgo
// (SHOW=1 prints timing-dependent figures on stderr; stdout is the same in every run.)
//
// Steps (runtime/proc.cc findrunnable and stealwork, runtime/runq.cc runqgrab/runqsteal):
//  1. main runs on P0. Each `go count(...)` puts a G on P0: the newest in runnext, the
//     older ones on P0's local ring of 256 slots (runqput).
//  2. Every newproc calls wakep(). With GOMAXPROCS=2, P1 is idle and no M is spinning, so
//     wakep starts an M for P1 (startm) and counts it in sched.nmspinning.
//  3. That M finds P1's own queue and the global queue empty, so it steals (stealwork):
//     it visits the other Ps in a random order and runqgrab takes half of P0's ring with
//     one CAS of P0's runqhead. Only on the last of its four tries does it also take
//     P0's runnext, and if P0 is running, only after a 3µs pause: a G in runnext was
//     just readied there, and P0 will probably run it itself.
//  4. The thief runs one stolen G and keeps the rest in its own ring. It stops
//     "spinning" (resetspinning) and calls wakep again, so one more idle P (if any)
//     would start looking too.
//  5. Meanwhile main keeps P0 busy with its own share of the work (it does not block),
//     so with two Ps some workers finish before main does: SHOW=1 prints how many (it
//     depends on the machine's load).
//     With GOMAXPROCS=1 only preemption could let a worker run before main blocks.
//     sysmon (runtime/sysmon.cc) asks a G that ran for 10ms to yield by setting its
//     stackguard0 to StackPreempt; the G notices at its next stack-guard check. Go's
//     gc also preempts asynchronously (with a signal), so `go run` shows several early
//     finishers even with one P. mgo checks only in function prologues, and isPrime is a
//     small leaf that gets no check (jit/codegen_func.cc emitPrologue), so under mgo
//     with GOMAXPROCS=1 main counts its whole chunk first and SHOW=1 prints 0.
//  6. main collects the results in a fixed order, so stdout does not depend on who ran
//     where or when.
//
// Expected output:
//   chunk 0: 9592 primes
//   chunk 1: 8392 primes
//   chunk 2: 8013 primes
//   chunk 3: 7863 primes
//   chunk 4: 7678 primes
//   chunk 5: 7560 primes
//   chunk 6: 7445 primes
//   chunk 7: 7408 primes
//   chunk 8: 7323 primes (counted by main)
//   total: 71274 primes below 900000

package main

import (
	"fmt"
	"os"
	"sync/atomic"
	"time"
)

const chunkSize = 100000
const workers = 8

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// count counts the primes in [lo, lo+chunkSize).
func count(lo int) int {
	n := 0
	for x := lo; x < lo+chunkSize; x++ {
		if isPrime(x) {
			n++
		}
	}
	return n
}

func main() {
	start := time.Now()
	var finished int32
	results := make([]chan int, workers)
	for i := 0; i < workers; i++ {
		results[i] = make(chan int, 1)
		go func(i int) { // steps 1-2: runqput on P0, wakep
			results[i] <- count(i * chunkSize) // steps 3-4: maybe on P1
			atomic.AddInt32(&finished, 1)
		}(i)
	}
	mine := count(workers * chunkSize) // step 5: main's own chunk (the last), on P0
	early := atomic.LoadInt32(&finished)

	// Step 6: a fixed order.
	total := mine
	for i := 0; i < workers; i++ {
		n := <-results[i]
		fmt.Printf("chunk %d: %d primes\n", i, n)
		total += n
	}
	fmt.Printf("chunk %d: %d primes (counted by main)\n", workers, mine)
	fmt.Printf("total: %d primes below %d\n", total, (workers+1)*chunkSize)
	if os.Getenv("SHOW") != "" {
		fmt.Fprintf(os.Stderr, "workers finished while main counted its chunk: %d of %d\n", early, workers)
		fmt.Fprintf(os.Stderr, "elapsed: %v\n", time.Since(start).Round(time.Millisecond))
	}
}
