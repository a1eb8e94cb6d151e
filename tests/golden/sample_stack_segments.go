// stack_segments.mgo — a goroutine's stack grows by segments.
//
// Run it as
//   GODEBUG=mgostackstats=1 mgo run samples/stack_segments.mgo
// to see, on stderr at exit, the runtime's segment counters (Go ignores the unknown
// GODEBUG key, so the program stays valid Go and `go build` runs it unchanged).
//
// What happens:
//  1. `go walk(...)` starts a goroutine on one small first segment (1,536 bytes: eight
//     of them share three pages), which is why a million parked goroutines need less
//     memory in mgo than in Go (docs/stacks.md).
//  2. Every compiled function begins with the stack-guard check (`mgo ir` shows it):
//     sp - frame < g->stackguard0 ? → mgo_rt_morestack_call.
//  3. When walk's next frame does not fit, morestack links a new segment at least twice
//     the size of the last one, runs the call on it, and unlinks it when the call
//     returns (counter `links`). Nothing is copied and nothing moves, so pointers into a
//     stack stay valid — the design choice of gccgo's split stacks. Go's own runtime
//     instead copies the whole stack into one twice as large and fixes up pointers.
//  4. A segment freed at a boundary stays on the goroutine as its spare, so a loop that
//     calls across the same boundary again and again reuses it (`spare_hits`) instead of
//     asking the allocator each time (the "hot split" problem).
//  5. When the goroutine exits, its segments go back to the allocator: small ones to a
//     free list of the P (the processor) it ran on, taken again without a lock by the
//     next goroutine there (`pcache_hits`; `pcached` are waiting there), larger ones to
//     a global pool per size class (`cached`, `pool_hits`); a P's list that runs empty
//     or full moves half a list from or to the pool at once (`pcache_refills`,
//     `pcache_drains`). Go's runtime has the same two levels (stackcache per P).
//  6. Free memory goes back to the operating system only when the pool stays very large
//     (`scavenged_bytes`, 0 here): giving it back and faulting it in again costs more
//     than keeping a few megabytes.
//
// Expected output (stdout):
//   depth 1000: sum 500500
//   depth 100000: sum 5000050000
//   boundary loop: 200000
package main

import "fmt"

// walk recurses n frames deep; each frame holds 128 bytes of locals.
func walk(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return walk(n-1) + pad[n%16]
}

// leaf is called in a loop from near a segment boundary: the hot-split case.
func leaf(x int) int {
	var pad [32]int
	pad[x%32] = x
	return pad[x%32]
}

func nearBoundary(n, calls int) int {
	if n > 0 {
		return nearBoundary(n-1, calls)
	}
	total := 0
	for i := 0; i < calls; i++ {
		total += leaf(i) - i + 1
	}
	return total
}

func main() {
	for _, n := range []int{1000, 100000} {
		done := make(chan int)
		go func(n int) { done <- walk(n) }(n)
		fmt.Printf("depth %d: sum %d\n", n, <-done)
	}
	// Some depth between 0 and 199 puts leaf's frame just past a segment boundary.
	done := make(chan int)
	go func() {
		total := 0
		for d := 0; d < 200; d++ {
			total += nearBoundary(d, 1000)
		}
		done <- total
	}()
	fmt.Println("boundary loop:", <-done)
}
