// gomaxprocs: 1 2
// Request/response with a channel of reply channels (a server goroutine).
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	total := 0
	for i := 1; i <= 100; i++ {
		rep := make(chan int)
		reqs <- request{i, rep}
		total += <-rep
	}
	close(reqs)
	fmt.Println(total)
}
