// gomaxprocs: 1 2
// sync.Mutex protects a shared map and counter across goroutines; sync.Once runs once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var once sync.Once
	counter := 0
	seen := map[int]int{}
	inits := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			once.Do(func() { inits++ })
			for i := 0; i < 5000; i++ {
				mu.Lock()
				counter++
				seen[i%10]++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(counter, seen, inits)
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()
	fmt.Println("rwmutex ok")
}
