// gomaxprocs: 1 2
// Mutex fairness (Go's starvation mode): one goroutine re-locks the mutex in a tight
// loop, holding it 100µs each time; another that needs it 10 times must still get it
// promptly (a waiter that has waited over 1 ms gets the lock handed to it). Without
// starvation mode the re-locker would win almost every time.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	stop := make(chan bool)
	hogRounds := 0
	go func() {
		for {
			mu.Lock()
			hogRounds++
			time.Sleep(100 * time.Microsecond)
			mu.Unlock()
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	done := make(chan bool, 1)
	go func() {
		for i := 0; i < 10; i++ {
			time.Sleep(100 * time.Microsecond)
			mu.Lock()
			mu.Unlock()
		}
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("the waiter got the mutex 10 times")
	case <-time.After(10 * time.Second):
		fmt.Println("can't acquire Mutex in 10 seconds")
	}
	close(stop)
	mu.Lock()
	fmt.Println("hog ran:", hogRounds > 0)
	mu.Unlock()
}
