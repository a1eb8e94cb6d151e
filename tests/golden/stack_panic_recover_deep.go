// Panics and recovers across stack segments: a panic 100,000 frames down is recovered
// near the top of a goroutine, another in the middle of a recursion; the goroutine then
// recurses deep again and returns normally; deferred calls run in order on the way.
package main

import (
	"errors"
	"fmt"
)

var order []int

func down(n int) int {
	if n == 0 {
		panic(errors.New("bottom"))
	}
	return down(n-1) + 1
}

func catchAt(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -n
		}
	}()
	return down(n)
}

func middle(n, at int) int {
	if n == at {
		return catchAt(n)
	}
	if n%25000 == 0 {
		defer func() { order = append(order, n) }()
	}
	return middle(n-1, at) + 1
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return sum(n-1) + n%10
}

func main() {
	done := make(chan string)
	go func() {
		out := ""
		out += fmt.Sprintln("catchAt", catchAt(100000))
		out += fmt.Sprintln("middle", middle(100000, 50000))
		out += fmt.Sprintln("order", order)
		out += fmt.Sprintln("sum", sum(400000))
		for i := 0; i < 3; i++ {
			out += fmt.Sprintln("again", catchAt(1000*(i+1)), sum(200000))
		}
		done <- out
	}()
	fmt.Print(<-done)
}
