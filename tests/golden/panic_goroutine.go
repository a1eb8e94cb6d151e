// A panic in another goroutine kills the whole program with exit status 2, deferred calls of main do not run.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("main deferred: must not print")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m map[int]int
		m[1] = 1
	}()
	wg.Wait()
	select {}
}
