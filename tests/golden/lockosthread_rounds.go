// gomaxprocs: 1 2
//
// The pattern that crashed mgo before mstart made each new thread's first malloc on its
// own stack: goroutines lock their thread, park on an unbuffered send and end locked,
// 20 rounds of 20, so threads end and start while other goroutines are parked. Each
// thread's first allocation (here: the sudog of the send) used to set up glibc's malloc
// on the goroutine's small stack segment and overwrite the saved context of a parked
// goroutine next to it.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	total := 0
	for round := 0; round < 20; round++ {
		c := make(chan int)
		for i := 0; i < 20; i++ {
			go func(i int) {
				runtime.LockOSThread()
				c <- i
			}(i)
		}
		for i := 0; i < 20; i++ {
			total += <-c
		}
	}
	fmt.Println(total)
}
