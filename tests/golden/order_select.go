// select evaluates each channel operand and send value once, in source order, each
// after its own calls; if/for headers with comma-ok inits and parallel post statements.
package main

import "fmt"

var n int

func bump() int { n++; return 100 }

func main() {
	chs := []chan int{make(chan int, 1), make(chan int, 1)}
	n = 0
	select {
	case chs[n] <- n + bump():
		fmt.Println("sent")
	}
	fmt.Println(len(chs[0]), len(chs[1]))
	<-chs[0]
	n = 0
	chs[1] <- 5
	select {
	case x := <-chs[n+func() int { n = 1; return 0 }()]:
		fmt.Println("recv", x)
	}
	var e interface{} = 3
	n = 0
	if x, ok := e.(int); ok && x+n == bump()-97 {
		fmt.Println("ok", x, n)
	}
	n = 0
	for i := n; i < 2; i, n = i+1, n+bump() {
		fmt.Println("i", i, n)
	}
}
