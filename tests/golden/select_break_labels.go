// gomaxprocs: 1 2
// break inside a select case leaves the select only; labelled break and continue reach
// the enclosing loop; return from inside a case.
package main

import "fmt"

func firstEven(c chan int) int {
	for {
		select {
		case v, ok := <-c:
			if !ok {
				return -1
			}
			if v%2 == 0 {
				return v
			}
		}
	}
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 10; i++ {
			c <- i
		}
		close(done)
	}()
	got := []int{}
	rounds := 0
loop:
	for {
		rounds++
		select {
		case v := <-c:
			if v%3 == 0 {
				continue loop
			}
			if v == 5 {
				break // leaves the select, not the loop
			}
			got = append(got, v)
		case <-done:
			break loop
		}
		got = append(got, -1)
	}
	fmt.Println(got)
	fmt.Println("rounds", rounds)

	d := make(chan int, 5)
	for _, v := range []int{1, 3, 5, 8, 9} {
		d <- v
	}
	close(d)
	fmt.Println("first even", firstEven(d))
	fmt.Println("none", firstEven(d))

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			e := make(chan int, 1)
			e <- i*10 + j
			select {
			case v := <-e:
				if j == 1 {
					continue outer
				}
				if i == 2 {
					break outer
				}
				fmt.Println("v", v)
			}
		}
	}
	fmt.Println("end")
}
