// Every form of select case: send, receive into a new or an existing variable, with ok,
// to a blank, into a map element and a struct field; default; nil channels; closed
// channels; the value of a send evaluated once even when another case wins.
package main

import "fmt"

type pair struct {
	a int
	b string
}

var evals int

func next() int {
	evals++
	return evals * 100
}

func main() {
	c := make(chan int, 2)
	s := make(chan string, 1)
	var nilc chan int

	// Non-blocking with nothing ready: default.
	select {
	case v := <-c:
		fmt.Println("recv", v)
	case nilc <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("default")
	}

	// Send wins when the buffer has room; the value is evaluated once.
	select {
	case c <- next():
		fmt.Println("sent, evals", evals)
	case v := <-nilc:
		fmt.Println("impossible", v)
	}

	// Receive into an existing variable, and with ok.
	var x int
	var ok bool
	select {
	case x, ok = <-c:
		fmt.Println("existing", x, ok)
	case <-nilc:
	}

	// Receive into a map element and a struct field.
	m := map[string]int{}
	var p pair
	c <- 7
	s <- "seven"
	for i := 0; i < 2; i++ {
		select {
		case m["k"] = <-c:
		case p.b = <-s:
		}
	}
	fmt.Println(m["k"], p.b)

	// Blank receive and a receive with only ok.
	c <- 9
	select {
	case _ = <-c:
		fmt.Println("blank receive")
	}
	close(s)
	select {
	case _, ok2 := <-s:
		fmt.Println("closed string channel ok", ok2)
	}

	// A closed channel is always ready and yields zero values.
	close(c)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-c:
			fmt.Println("closed", v, ok)
		case nilc <- 5:
			fmt.Println("impossible")
		}
	}

	// Send evaluated even when a receive wins (the spec: all operands on entry).
	ready := make(chan int, 1)
	ready <- 1
	full := make(chan int) // no receiver
	before := evals
	select {
	case full <- next():
		fmt.Println("impossible")
	case v := <-ready:
		fmt.Println("receive won", v, "evaluated", evals-before)
	}

	// Only nil channels and a default.
	select {
	case <-nilc:
	case nilc <- 1:
	default:
		fmt.Println("all nil: default")
	}
}
