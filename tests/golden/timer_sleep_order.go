// gomaxprocs: 1 2
// Sleeping goroutines wake in deadline order, whatever order they started in; a
// thousand sleep at once (a sleeping goroutine holds no thread).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	order := make(chan int, 5)
	for _, d := range []int{240, 60, 180, 0, 120} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			order <- d
		}(d)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-order, " ")
	}
	fmt.Println()

	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(50 * time.Millisecond)
			mu.Lock()
			woke++
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Println("woke", woke, "slept long enough", elapsed >= 50*time.Millisecond, "together", elapsed < 5*time.Second)

	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("non-positive sleeps return")
}
