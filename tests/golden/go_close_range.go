// gomaxprocs: 1 2
// Closing a channel: range ends, receivers get zero values with ok=false, buffered values are drained first.
package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	ch <- "a"
	ch <- "b"
	close(ch)
	for s := range ch {
		fmt.Println("got", s)
	}
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	done := make(chan struct{})
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(id int) {
			<-done
			results <- id
		}(i)
	}
	close(done)
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("broadcast woke all:", sum)
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 0; i < 5; i++ {
			nums <- i * i
		}
	}()
	for n := range nums {
		fmt.Print(n, " ")
	}
	fmt.Println()
}
