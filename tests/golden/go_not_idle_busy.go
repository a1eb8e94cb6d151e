// gomaxprocs: 1 2
// Looks idle but is not: main waits on a channel while a goroutine computes without blocking.
package main

import "fmt"

func collatzMax(limit int) (int, int) {
	best, arg := 0, 0
	for i := 1; i < limit; i++ {
		n, steps := i, 0
		for n != 1 {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
			steps++
		}
		if steps > best {
			best, arg = steps, i
		}
	}
	return best, arg
}

func main() {
	res := make(chan [2]int)
	go func() {
		b, a := collatzMax(300000)
		res <- [2]int{b, a}
	}()
	fmt.Println(<-res)
}
