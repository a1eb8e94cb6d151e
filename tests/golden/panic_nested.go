// A panic in a deferred function while panicking: both are reported, the first line names the first.
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
