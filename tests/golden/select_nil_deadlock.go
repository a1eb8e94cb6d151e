// A select over nil channels only, without default, can never proceed: with nothing
// else running that is a deadlock.
package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("selecting on nil channels")
	select {
	case v := <-a:
		fmt.Println("impossible", v)
	case b <- "x":
		fmt.Println("impossible")
	}
}
