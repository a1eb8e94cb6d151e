// gomaxprocs: 1 2
// Two goroutines bounce a counter over two unbuffered channels; strict alternation.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		v, ok := <-in
		if !ok {
			done <- name
			return
		}
		if v%25000 == 0 {
			fmt.Println(name, v)
		}
		if v == 100000 {
			close(out)
			done <- name
			return
		}
		out <- v + 1
	}
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	a, b := <-done, <-done
	fmt.Println("finished:", a != b)
}
