// gomaxprocs: 1 2
//
// Goroutines that call runtime.LockOSThread, then block in every way a goroutine can
// park (unbuffered and buffered channels, select, time.Sleep, a contended sync.Mutex, a
// WaitGroup), and end while still locked: each takes its thread with it, and a new one
// must start for the goroutines that are left. Values and their order are checked by
// the program itself, so the output is the same under any schedule.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	// Unbuffered channel: each locked sender parks until main receives.
	c := make(chan int)
	for i := 0; i < 8; i++ {
		go func(i int) {
			runtime.LockOSThread()
			c <- i * i
		}(i)
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += <-c
	}
	fmt.Println("unbuffered:", sum)

	// Ping-pong: a locked goroutine parks on every receive, 200 times.
	ping, pong := make(chan int), make(chan int)
	go func() {
		runtime.LockOSThread()
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	n := 0
	for i := 0; i < 200; i++ {
		ping <- n
		n = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pingpong:", n, ok)

	// time.Sleep and select with a timeout while locked.
	done := make(chan string, 4)
	for i := 0; i < 4; i++ {
		go func(i int) {
			runtime.LockOSThread()
			time.Sleep(time.Duration(i+1) * time.Millisecond)
			select {
			case <-time.After(time.Millisecond):
				done <- "timer"
			case <-make(chan int):
				done <- "never"
			}
		}(i)
	}
	counts := map[string]int{}
	for i := 0; i < 4; i++ {
		counts[<-done]++
	}
	fmt.Println("sleep+select:", counts["timer"], counts["never"])

	// A contended mutex and a WaitGroup: locked goroutines park in sync.
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			runtime.LockOSThread()
			defer wg.Done()
			for k := 0; k < 100; k++ {
				mu.Lock()
				total += i
				if k%10 == 0 {
					runtime.Gosched()
				}
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("mutex:", total)

	// Rounds of goroutines ending locked, so threads keep ending and starting.
	grand := 0
	for r := 0; r < 20; r++ {
		rc := make(chan int)
		for i := 0; i < 10; i++ {
			go func(i int) {
				runtime.LockOSThread()
				rc <- i
			}(i)
		}
		for i := 0; i < 10; i++ {
			grand += <-rc
		}
	}
	fmt.Println("rounds:", grand)
}
