// timers: N goroutines each sleep a pseudo-random 1-50 ms (from a fixed LCG) with
// time.Sleep, then add their number and delay to shared totals; main joins them with a
// sync.WaitGroup and prints the totals. Exercises the timer heaps: N timers in flight at
// once, firing in a different order than they were started.
// Size N = number of goroutines (default 100000).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

func size(def int) int {
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 0 {
			fmt.Fprintln(os.Stderr, "usage: timers [N]")
			os.Exit(2)
		}
		return v
	}
	return def
}

func sleeper(id int, ms int, wg *sync.WaitGroup, sum *int64, delays *int64) {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	atomic.AddInt64(sum, int64(id))
	atomic.AddInt64(delays, int64(ms))
	wg.Done()
}

func main() {
	n := size(100000)
	var wg sync.WaitGroup
	var sum, delays int64
	seed := uint32(12345)
	check := uint32(0)
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		ms := int(seed>>16)%50 + 1
		check = check*31 + uint32(ms)
		wg.Add(1)
		go sleeper(i, ms, &wg, &sum, &delays)
	}
	wg.Wait()
	fmt.Printf("timers n=%d sum=%d delays=%d check=%d\n", n, sum, delays, check)
}
