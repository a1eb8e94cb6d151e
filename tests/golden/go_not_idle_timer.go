// gomaxprocs: 1 2
// Looks idle but is not: main is in a select whose only ready case is a timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timer fired")
	}
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("timer channel")
	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
}
