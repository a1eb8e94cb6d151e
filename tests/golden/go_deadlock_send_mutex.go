// gomaxprocs: 1 2
// Deadlock: main blocks on a send while the other goroutines wait on a mutex main holds.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	mu.Lock()
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			defer mu.Unlock()
			<-ch
		}()
	}
	fmt.Println("sending")
	ch <- 1
	fmt.Println("not reached")
}
