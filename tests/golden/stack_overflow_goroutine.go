// Unbounded recursion in a goroutine: Go's stack-overflow report at 1,000,000,000 bytes
// of stack (first line "runtime: goroutine stack exceeds 1000000000-byte limit"), exit 2.
package main

import "fmt"

func forever(n int) int {
	var pad [8]int
	pad[n&7] = n
	return forever(n+1) + pad[(n+1)&7]
}

func main() {
	fmt.Println("start")
	done := make(chan int)
	go func() { done <- forever(0) }()
	fmt.Println(<-done)
}
