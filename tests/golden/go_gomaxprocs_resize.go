// env: GOMAXPROCS=2
// runtime.GOMAXPROCS changed up and down while goroutines lock a mutex, sleep, pass values
// over a channel and spin: it returns the previous value, and every goroutine finishes.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	var stop int32
	var spins int64
	go func() {
		for atomic.LoadInt32(&stop) == 0 {
			atomic.AddInt64(&spins, 1)
		}
	}()
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				mu.Lock()
				total++
				mu.Unlock()
				if j%50 == 0 {
					time.Sleep(time.Millisecond)
				}
			}
		}()
	}
	c := make(chan int)
	go func() {
		for i := 1; i <= 60; i++ {
			c <- i
		}
	}()
	sum := 0
	for _, n := range []int{1, 3, 2, 1, 4, 2} {
		prev := runtime.GOMAXPROCS(n)
		fmt.Println(prev, "->", runtime.GOMAXPROCS(0))
		for k := 0; k < 10; k++ {
			sum += <-c
		}
	}
	wg.Wait()
	atomic.StoreInt32(&stop, 1)
	fmt.Println(total, sum)
}
