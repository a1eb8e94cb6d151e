// gomaxprocs: 1 2
//
// deadlock.mgo — how the runtime knows that nothing can ever happen again.
//
// Run it:  mgo run samples/deadlock.mgo; echo "exit status $?"
//
// Steps (runtime/proc.cc checkdead, stopm, mput):
//  1. main starts a worker that waits for jobs on `jobs` and answers each on `results`.
//     main sends one job and receives its result.
//  2. main forgets to send the second job and waits for a second result that can never
//     come. Each goroutine is parked (gopark) in a channel receive, with a waitreason:
//     "chan receive".
//  3. A parked G gives its M back to the scheduler. The M finds no runnable G anywhere
//     (findrunnable: local ring, global queue, stealing), gives up its P (pidleput) and
//     goes to sleep on its note (stopm). mput counts it in sched.nmidle and calls
//     checkdead with sched.lock held.
//  4. checkdead: if main has not returned, no timer is pending (a time.Sleep would wake
//     someone), and every M the runtime made is idle, then no G can ever become runnable:
//     nothing outside the program (there is no network poller in mgo) can ready one.
//     It prints Go's words on stderr and exits with status 2:
//       fatal error: all goroutines are asleep - deadlock!
//     followed by one `goroutine N [chan receive]:` line per parked goroutine (Go adds
//     stack traces, and its worker is not goroutine 2 because Go starts a few goroutines
//     of its own; mgo prints the headers only).
//  5. Go counts the same way (proc.go's checkdead). A goroutine blocked forever while
//     others still run is not a deadlock to either runtime: it just leaks.
//
// Expected output (stdout):
//   result 1: 2
// Expected on stderr, and exit status 2:
//   fatal error: all goroutines are asleep - deadlock!

package main

import "fmt"

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go func() { // step 1: the worker
		for j := range jobs {
			results <- j * 2
		}
	}()
	jobs <- 1
	fmt.Println("result 1:", <-results)
	// Step 2: no second job was sent, so this receive waits forever.
	fmt.Println("result 2:", <-results)
}
