// gomaxprocs: 1 2
// Buffered producer/consumer: len and cap of a channel, FIFO order, blocking when full.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	done := make(chan bool)
	go func() {
		sum := 0
		prev := 0
		ordered := true
		for v := range ch {
			if v < prev {
				ordered = false
			}
			prev = v
			sum += v
		}
		fmt.Println("consumer:", sum, ordered)
		done <- true
	}()
	for i := 3; i <= 10000; i++ {
		ch <- i
	}
	close(ch)
	<-done
	var unbuf = make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
}
