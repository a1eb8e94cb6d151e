// gomaxprocs: 1 2
// Looks idle but is not: main waits on a channel, one goroutine waits on a mutex, the only
// one that can make progress is asleep in time.Sleep; no deadlock may be reported.
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
		mu.Lock() // blocked until the sleeper unlocks, which is after its send completed
		ch <- "got the lock"
		mu.Unlock()
	}()
	go func() {
		time.Sleep(50 * time.Millisecond)
		ch <- "slept"
		mu.Unlock()
	}()
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}
