// Sending on a closed channel panics: "send on closed channel".
package main

import "fmt"

func main() {
	c := make(chan string, 2)
	c <- "a"
	close(c)
	fmt.Println(<-c)
	c <- "b"
}
