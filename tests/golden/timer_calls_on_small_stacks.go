// gomaxprocs: 1 2
// The time package's runtime calls (Sleep, Now, Since, NewTimer, Stop, Reset, After,
// AfterFunc, NewTicker) made at many recursion depths from goroutines on small stack
// segments: their externs are light calls (no 64 KiB stack request), so they run wherever
// the caller's frame ends, down to the red zone (GODEBUG=mgostackpaint=1 measures it).
package main

import (
	"fmt"
	"sync"
	"time"
)

func atDepth(n int, fired chan int) int {
	if n > 0 {
		return atDepth(n-1, fired) + 1
	}
	time.Sleep(0)
	time.Sleep(time.Microsecond)
	start := time.Now()
	t := time.NewTimer(time.Hour)
	stopped := t.Stop()
	t.Reset(time.Millisecond)
	<-t.C
	tk := time.NewTicker(time.Millisecond)
	<-tk.C
	tk.Stop()
	<-time.After(time.Microsecond)
	time.AfterFunc(time.Microsecond, func() { fired <- 1 })
	if !stopped || time.Since(start) < time.Millisecond {
		return -1000
	}
	return 0
}

func main() {
	var wg sync.WaitGroup
	fired := make(chan int, 100)
	results := make([]int, 60)
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = atDepth(i%30, fired)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	for i := 0; i < 60; i++ {
		sum += <-fired
	}
	fmt.Printf("depth sum: %d (want %d)\n", sum, 2*(29*30/2)+60)
}
