// A goroutine recursing 1,000,000 frames deep: its stack grows far past its first
// segment (segmented stacks) and back, twice, with values live across every call.
package main

import "fmt"

func down(n int, acc uint64) uint64 {
	if n == 0 {
		return acc
	}
	x := acc*6364136223846793005 + 1442695040888963407
	r := down(n-1, x)
	return r ^ (x >> 7) + uint64(n)
}

func main() {
	res := make(chan uint64)
	for _, n := range []int{1000000, 10, 300000} {
		go func(n int) { res <- down(n, 1) }(n)
		fmt.Println(n, <-res)
	}
}
