// gomaxprocs: 1 2
// Fan-out to workers over one channel, fan-in of their results and of several producers
// through select; every value arrives exactly once.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id, n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			out <- id*1000 + i
		}
		close(out)
	}()
	return out
}

// merge fans in three channels with select, setting a channel to nil once it is closed.
func merge(a, b, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for a != nil || b != nil || c != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			case v, ok := <-c:
				if !ok {
					c = nil
					continue
				}
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	merged := merge(producer(1, 50), producer(2, 70), producer(3, 30))
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	go func() {
		for v := range merged {
			jobs <- v
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []int
	sum := 0
	for r := range results {
		all = append(all, r)
		sum += r
	}
	sort.Ints(all)
	fmt.Println(len(all), sum, all[0], all[len(all)-1])
	perProducer := map[int]int{}
	for _, r := range all {
		perProducer[r/2000]++
	}
	fmt.Println(perProducer)
}
