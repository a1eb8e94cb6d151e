// gomaxprocs: 1 2
// A goroutine spinning in a loop without calls must not starve main (asynchronous preemption).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var stop int32
	var spins int64
	go func() {
		for atomic.LoadInt32(&stop) == 0 {
			spins++
		}
	}()
	go func() {
		x := 0
		for {
			x++
		}
	}()
	time.Sleep(20 * time.Millisecond)
	atomic.StoreInt32(&stop, 1)
	fmt.Println("main ran despite spinners")
}
