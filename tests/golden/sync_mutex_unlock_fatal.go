// gomaxprocs: 1 2
// Unlock of an unlocked sync.Mutex, from a goroutine other than main: a fatal error that
// no recover in that goroutine stops.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked once")
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("recovered:", recover()); done <- true }()
		mu.Unlock()
	}()
	<-done
	fmt.Println("not reached")
}
