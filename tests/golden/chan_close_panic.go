// Closing a closed channel panics: "close of closed channel".
package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	close(c)
}
