// A goroutine at depth d calls f(2) (three checked calls) n times, for every d from 0 to
// 99: at the depths where f's frames no longer fit in the segment that down's frames
// still fit in (a few per boundary), each call crosses into a new segment and back (the
// hot split), which the G's spare segment serves without the allocator. The program is also the
// boundary-crossing benchmark of docs/PERFORMANCE.md ("Stacks"):
//   GODEBUG=mgostackstats=1 mgo run stack_boundary_calls.go N DEPTH
// runs only depth DEPTH, N times; `links` in the counters shows whether it crosses.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func leaf(x int) int { return x*7 + 1 }

// f's frame (a 24-word array) is larger than down's: at some depths down's frames fit
// in the current segment and f's does not.
func f(x int) int {
	var buf [24]int
	buf[x%24] = x
	if x <= 0 {
		return leaf(x) + buf[0]
	}
	return f(x-1) + x + buf[x%24]
}

func down(d, n int) int {
	if d == 0 {
		s := 0
		for i := 0; i < n; i++ {
			s = (s*31 + (f(2) ^ i)) % 1000000007
		}
		return s
	}
	var pad [4]int
	pad[d%4] = d
	return down(d-1, n) + pad[d%4]
}

func arg(i, def int) int {
	if len(os.Args) > i {
		v, err := strconv.Atoi(os.Args[i])
		if err == nil {
			return v
		}
	}
	return def
}

func main() {
	n := arg(1, 2000)
	lo := arg(2, 0)
	hi := arg(2, 99)
	done := make(chan int)
	total := 0
	for d := lo; d <= hi; d++ {
		go func(d int) { done <- down(d, n) }(d)
		total += <-done
	}
	fmt.Println("depths", lo, "to", hi, "calls", n, "checksum", total)
}
