// A select whose chosen send case is on a closed channel panics, as a plain send does.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	never := make(chan int)
	close(c)
	fmt.Println("about to select")
	select {
	case c <- 1:
		fmt.Println("impossible")
	case <-never:
		fmt.Println("impossible")
	}
}
