// gomaxprocs: 1 2
// A ring of 503 goroutines passes a token 100,000 times (threadring); prints the last holder.
package main

import "fmt"

func main() {
	const n = 503
	const hops = 100000
	first := make(chan int)
	in := first
	done := make(chan int)
	for id := 1; id <= n; id++ {
		var out chan int
		if id == n {
			out = first
		} else {
			out = make(chan int)
		}
		go func(id int, in, out chan int) {
			for {
				t := <-in
				if t == 0 {
					done <- id
					return
				}
				out <- t - 1
			}
		}(id, in, out)
		in = out
	}
	first <- hops
	fmt.Println(<-done)
}
