// Among several ready cases select chooses uniformly at random: over many rounds each
// of three always-ready cases wins about a third of the time, and the winner does not
// follow a fixed cycle.
package main

import "fmt"

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	close(a)
	close(b)
	close(c)
	const rounds = 30000
	var counts [3]int
	var follow [3][3]int
	prev := -1
	for i := 0; i < rounds; i++ {
		k := 0
		select {
		case <-a:
			k = 0
		case <-b:
			k = 1
		case <-c:
			k = 2
		}
		counts[k]++
		if prev >= 0 {
			follow[prev][k]++
		}
		prev = k
	}
	fair := true
	for _, n := range counts {
		if n < rounds/3-1000 || n > rounds/3+1000 {
			fair = false
		}
	}
	fmt.Println("each case about a third:", fair)
	mixed := true
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if follow[i][j] < rounds/9-700 || follow[i][j] > rounds/9+700 {
				mixed = false
			}
		}
	}
	fmt.Println("successors uniform:", mixed)
}
