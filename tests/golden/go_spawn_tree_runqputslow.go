// gomaxprocs: 1 2
//
// A tree of 1,111,111 goroutines (fan-out 10, as the skynet benchmark): every inner
// goroutine starts ten children without yielding, so its P's local run queue fills and
// runqput moves half of it to the global queue (runqputslow) while running on the
// spawning goroutine's small first segment. A runqputslow that kept its batch on the
// stack wrote past the segment's red zone into the neighbouring segment's header and
// crashed this program (fatal error: unexpected signal). The frame shape matters: this
// is the benchmark's signature, which put newproc close enough to the guard.
package main

import "fmt"

func tree(out chan int, num int, size int, fan int) {
	if size == 1 {
		out <- num
		return
	}
	sub := make(chan int, fan)
	step := size / fan
	for i := 0; i < fan; i++ {
		go tree(sub, num+i*step, step, fan)
	}
	sum := 0
	for i := 0; i < fan; i++ {
		sum += <-sub
	}
	out <- sum
}

func main() {
	out := make(chan int)
	go tree(out, 0, 1000000, 10)
	fmt.Println("sum:", <-out)
}
