// gomaxprocs: 1 2
// A goroutine printing every 20 ms keeps running beside loops that call no checked
// function (a spin on an atomic flag, an endless x++), which only back-edge polls can
// preempt. Output counts progress and prints verdicts, never timings.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var stop int32

// spin calls only sync/atomic (no prologue check) until main sets stop.
func spin() int64 {
	var n int64
	for atomic.LoadInt32(&stop) == 0 {
		n = inc(n)
	}
	return n
}

// inc is a leaf: it has no prologue check either.
func inc(n int64) int64 { return n + 1 }

func main() {
	start := time.Now()
	spun := make(chan int64)
	go func() { spun <- spin() }()
	go func() {
		x := 0
		for {
			x++
		}
	}()
	done := make(chan int)
	go func() {
		ticks := 0
		for ticks < 10 {
			time.Sleep(20 * time.Millisecond)
			ticks++
			fmt.Println("tick", ticks)
		}
		done <- ticks
	}()
	ticks := <-done
	atomic.StoreInt32(&stop, 1)
	n := <-spun
	fmt.Println("printer finished:", ticks == 10)
	fmt.Println("spinner ran beside it:", n > 0)
	fmt.Println("within 5s:", time.Since(start) < 5*time.Second)
}
