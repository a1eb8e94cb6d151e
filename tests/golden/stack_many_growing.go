// 10,000 goroutines each 2,000 frames deep at the same time: every one is at the
// bottom of its recursion before any returns, so all their stacks are grown at once.
package main

import (
	"fmt"
	"sync"
)

var bottom, release sync.WaitGroup

func rec(n, id int) int {
	if n == 0 {
		bottom.Done()
		release.Wait()
		return id
	}
	var pad [3]int
	pad[n%3] = n
	return rec(n-1, id) + pad[n%3]%7
}

func main() {
	const g, depth = 10000, 2000
	bottom.Add(g)
	release.Add(1)
	results := make(chan int, g)
	for i := 0; i < g; i++ {
		go func(id int) { results <- rec(depth, id) }(i)
	}
	bottom.Wait()
	release.Done()
	sum := 0
	for i := 0; i < g; i++ {
		sum += <-results
	}
	fmt.Println("goroutines", g, "depth", depth, "sum", sum)
}
