// gomaxprocs: 1 2
// Fan-in: several producers send into one channel; the consumer sums them, order-independent output.
package main

import (
	"fmt"
	"sync"
)

func producer(id, n int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= n; i++ {
		out <- id*1000000 + i
	}
}

func main() {
	out := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 5; id++ {
		wg.Add(1)
		go producer(id, 2000, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	sums := map[int]int{}
	count := 0
	for v := range out {
		sums[v/1000000] += v % 1000000
		count++
	}
	fmt.Println(count, sums)
}
