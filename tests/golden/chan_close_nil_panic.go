// Closing a nil channel panics: "close of nil channel".
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println(c == nil)
	close(c)
}
