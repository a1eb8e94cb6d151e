// runtime.ReadMemStats reports the allocator's real counters: allocating moves them.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [4]int
}

var keep *node

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 10000; i++ {
		keep = &node{next: keep}
		keep.val[0] = i
	}
	buf := make([]byte, 1<<20)
	buf[0] = 1
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs grew by at least 10000:", after.Mallocs-before.Mallocs >= 10000)
	fmt.Println("total alloc grew by at least 1 MiB + 10000 nodes:", after.TotalAlloc-before.TotalAlloc >= 1<<20+10000*40)
	fmt.Println("heap sys covers heap alloc:", after.HeapSys >= after.HeapAlloc)
	fmt.Println("kept:", keep.val[0], len(buf))
}
