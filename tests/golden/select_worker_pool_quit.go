// gomaxprocs: 1 2
// A worker pool stopped through a quit channel: workers select between jobs and quit;
// the dispatcher selects between handing out a job and collecting a result.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- [2]int, quit <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case j := <-jobs:
			results <- [2]int{j, j * j}
		case <-quit:
			return
		}
	}
}

func main() {
	const njobs = 200
	jobs := make(chan int)
	results := make(chan [2]int)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(i, jobs, results, quit, &wg)
	}
	squares := make([]int, njobs)
	next, got := 0, 0
	for got < njobs {
		// Send the next job if any are left, or collect a result: whichever is ready.
		var sendc chan int
		if next < njobs {
			sendc = jobs
		}
		select {
		case sendc <- next:
			next++
		case r := <-results:
			squares[r[0]] = r[1]
			got++
		}
	}
	close(quit)
	wg.Wait()
	sum := 0
	ok := true
	for i, s := range squares {
		sum += s
		if s != i*i {
			ok = false
		}
	}
	fmt.Println("jobs", got, "sum", sum, "all correct", ok)
}
