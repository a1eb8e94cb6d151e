// gomaxprocs: 1 2
// A worker pool: jobs on a buffered channel, results collected and ordered by job id.
package main

import (
	"fmt"
	"sync"
)

type result struct{ id, value int }

func worker(jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		v := 0
		for k := 1; k <= j; k++ {
			v += k * k
		}
		results <- result{j, v}
	}
}

func main() {
	const n = 200
	jobs := make(chan int, 16)
	results := make(chan result, 16)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i := 0; i < n; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]int, n)
	got := 0
	for r := range results {
		out[r.id] = r.value
		got++
	}
	fmt.Println(got, out[:8], out[n-1])
}
