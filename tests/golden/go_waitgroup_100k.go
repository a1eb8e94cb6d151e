// gomaxprocs: 1 2
// 100,000 goroutines joined by a WaitGroup, each writing its own slot.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	out := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = i * 2
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range out {
		sum += v
	}
	fmt.Println(sum)
}
