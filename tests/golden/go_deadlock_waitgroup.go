// gomaxprocs: 1 2
// Deadlock: main and all workers wait in WaitGroup.Wait / on a channel; the counter never reaches zero.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg, never sync.WaitGroup
	never.Add(1)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			never.Wait()
		}()
	}
	fmt.Println("started")
	wg.Wait()
}
