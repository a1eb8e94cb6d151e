// gomaxprocs: 1 2
// Many goroutines each run select loops against time.After and a shared ticker while
// values flow through a channel: timers are created, fire and are abandoned by the
// thousand; every value is still received exactly once.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const workers = 50
	const perWorker = 40
	values := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum, count, timeouts := 0, 0, 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := 0
			for got < perWorker {
				select {
				case v := <-values:
					mu.Lock()
					sum += v
					count++
					mu.Unlock()
					got++
				case <-time.After(time.Millisecond):
					mu.Lock()
					timeouts++
					mu.Unlock()
				}
			}
		}()
	}
	tick := time.NewTicker(3 * time.Millisecond)
	n := workers * perWorker
	ticks := 0
	for i := 1; i <= n; i++ {
		if i%500 == 0 {
			<-tick.C
			ticks++
		}
		values <- i
	}
	tick.Stop()
	wg.Wait()
	fmt.Println("count", count, "sum", sum, "want", n*(n+1)/2, "ticks", ticks, "some timeouts", timeouts > 0)
}
