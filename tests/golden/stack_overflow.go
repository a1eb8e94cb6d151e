// Unbounded recursion: Go reports "runtime: goroutine stack exceeds 1000000000-byte limit" and exits 2.
package main

import "fmt"

func down(n int) int {
	var pad [8]int
	pad[n%8] = n
	return down(n+1) + pad[0]
}

func main() {
	fmt.Println("going down")
	fmt.Println(down(0))
}
