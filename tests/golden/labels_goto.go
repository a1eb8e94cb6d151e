// Labelled break and continue out of nested loops, switch and select; goto forward and backward.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i == 5:
			break loop
		case i%2 == 0:
			continue loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	got := 0
sel:
	for {
		select {
		case v := <-ch:
			if v == 4 {
				break sel
			}
			got += v
		}
	}
	fmt.Println("got", got)
	n := 0
again:
	n++
	if n < 5 {
		goto again
	}
	fmt.Println("n", n)
	i := 0
	goto check
body:
	fmt.Print("body", i, " ")
	i++
check:
	if i < 3 {
		goto body
	}
	fmt.Println()
}
