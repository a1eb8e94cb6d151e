// gomaxprocs: 1 2
// An unbuffered send completes only when received: happens-before ordering through channels.
package main

import "fmt"

var shared string

func main() {
	ch := make(chan bool)
	go func() {
		shared = "written before send"
		ch <- true
	}()
	<-ch
	fmt.Println(shared)
	steps := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			steps <- i
		}
		close(steps)
	}()
	for s := range steps {
		fmt.Print(s)
	}
	fmt.Println()
}
