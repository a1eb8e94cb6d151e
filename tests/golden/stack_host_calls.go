// Host code reached from goroutines on small stack segments: interface calls into the
// stdlib's C++ (os.File and strings.Builder Write) at many depths, so some run near a
// segment's guard, in its red zone.
package main

import (
	"io"
	"os"
	"strings"
	"sync"
)

func deep(n int, w io.Writer) int {
	if n == 0 {
		w.Write([]byte("x"))
		return 1
	}
	return deep(n-1, w) + 1
}

func main() {
	var wg sync.WaitGroup
	var b strings.Builder
	var mu sync.Mutex
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			deep(i%20, os.Stdout)
			mu.Lock()
			deep(i%20, &b)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	println(b.Len())
}
