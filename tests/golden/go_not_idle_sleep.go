// gomaxprocs: 1 2
// Looks idle but is not: every goroutine is blocked except one sleeping; no deadlock is reported.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan string)
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("got the lock")
		mu.Unlock()
		ch <- "second"
	}()
	go func() {
		time.Sleep(50 * time.Millisecond)
		ch <- "first"
		mu.Unlock()
	}()
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}
