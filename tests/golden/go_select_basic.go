// gomaxprocs: 1 2
// select: receiving from whichever channel is ready, default case, nil channels never ready, send cases.
package main

import "fmt"

func main() {
	a, b := make(chan int, 1), make(chan int, 1)
	select {
	case v := <-a:
		fmt.Println("a", v)
	default:
		fmt.Println("nothing ready")
	}
	b <- 2
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("impossible")
	case a <- 10:
		fmt.Println("sent to a")
	}
	fmt.Println(<-a)
	counts := [2]int{}
	x, y := make(chan int, 1000), make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		x <- i
		y <- i
	}
	for i := 0; i < 1000; i++ {
		select {
		case <-x:
			counts[0]++
		case <-y:
			counts[1]++
		}
	}
	fmt.Println(counts[0]+counts[1], counts[0] > 300, counts[1] > 300)
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed", v, ok)
	}
}
