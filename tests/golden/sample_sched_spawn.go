// gomaxprocs: 1 2
//
// sched_spawn.mgo — what `go f()` does: newproc, runnext, and the free-G list.
// (The line above tells the golden test, tests/golden/sample_sched_spawn.go, to run this
// program under GOMAXPROCS=1 and GOMAXPROCS=2; the output must be the same.)
//
// Run it:            mgo run samples/sched_spawn.mgo
// See runnext work:  GOMAXPROCS=1 SHOW_ORDER=1 mgo run samples/sched_spawn.mgo
//
// Steps (docs/runtime.md, "Run queues", has the whole story; runtime/proc.cc the code):
//  1. `go worker(i, ...)` compiles to a closure object and a call of mgo_rt_newproc
//     (runtime/proc.cc newproc). newproc1 takes a dead G from this P's free list
//     (gfget), or makes a new one with a fresh 2 KiB stack segment (malg), gives it the
//     next goroutine id from the P's batch (newgoid) and marks it Runnable.
//  2. runqput(pp, newg, next=true) puts the new G in the P's `runnext` slot; the G that
//     was there is kicked out to the tail of the P's local ring (runtime/runq.cc). So
//     the newest goroutine runs first, the older ones in the order they were made.
//  3. newproc calls wakep(): if a P is idle (GOMAXPROCS=2), an M is started "spinning"
//     to steal some of this work (see sched_steal.mgo). With GOMAXPROCS=1 there is no
//     idle P and nothing happens: main keeps running until it blocks.
//  4. main blocks in wg.Wait (a semaphore, runtime/sema.cc): gopark switches to the
//     M's g0, and schedule() picks the next G: runnext first (worker 4), then the ring
//     in FIFO order (0, 1, 2, 3). With SHOW_ORDER=1 and GOMAXPROCS=1 you see exactly
//     "4 0 1 2 3"; with two Ps the order varies, so the test output never prints it.
//  5. A goroutine that returns ends in goexit0: its G becomes Dead, gets back its first
//     stack segment only (stackreset), and goes on the P's free list (gfput).
//  6. The second wave reuses those five Gs and their stacks (gfget); only the other five
//     are new (malg). While all ten of them are parked on `gate`, runtime.NumGoroutine() counts them
//     (Gs that are not Dead), so it prints 11 (ten workers and main).
//
// Expected output:
//   wave 1: 5 goroutines ran, sum of squares 30
//   wave 2: 11 goroutines alive while 10 are parked
//   wave 2: sum 135

package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
)

// worker records the order it ran in (under a mutex) and its result.
func worker(i int, wg *sync.WaitGroup, mu *sync.Mutex, order *[]int, results []int) {
	defer wg.Done()
	mu.Lock()
	*order = append(*order, i)
	mu.Unlock()
	results[i] = i * i
}

func main() {
	// Wave 1: steps 1-5.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(i, &wg, &mu, &order, results) // step 1-3: newproc, runqput(next=true)
	}
	wg.Wait() // step 4: main parks; the workers run
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Printf("wave 1: %d goroutines ran, sum of squares %d\n", len(order), sum)
	if os.Getenv("SHOW_ORDER") != "" {
		fmt.Fprintln(os.Stderr, "run order:", order) // GOMAXPROCS=1: [4 0 1 2 3]
	}

	// wg.Wait returned when the last worker called Done, which it does just before it
	// exits (goexit puts its G on the free list): yield until wave 1's workers are gone,
	// so that the count below is the same in every run, under Go as under mgo.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}

	// Wave 2: step 6. Each goroutine says it started, then parks on gate.
	gate := make(chan struct{})
	started := make(chan int)
	out := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(i int) {
			started <- i // hand-off to main (parked in the receive below)
			<-gate       // park: waitreason "chan receive"
			out <- i * 3
		}(i)
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	// All ten have started; none can finish before gate is closed.
	fmt.Printf("wave 2: %d goroutines alive while 10 are parked\n", runtime.NumGoroutine())
	close(gate) // readies all ten parked receivers (closechan -> goready each)
	sum = 0
	for i := 0; i < 10; i++ {
		sum += <-out
	}
	fmt.Println("wave 2: sum", sum)
}
