// Runtime calls of compiled code (print of floats and complex numbers, string
// conversion and concatenation, maps, type assertions, select, append) made at many
// depths from goroutines on small stack segments: they run in the red zone.
package main

import "sync"

type T struct{ a, b int }

func leafy(n int, m map[string]int, ch chan int) {
	if n > 0 {
		leafy(n-1, m, ch)
		return
	}
	println(3.14159, 1e300, -2.5e-10, complex(1, 2), "s", n, true)
	s := "k" + string(rune('a'+n%26))
	m[s]++
	var x interface{} = T{1, 2}
	if t, ok := x.(T); ok {
		m["t"] += t.a
	}
	select {
	case ch <- 1:
	default:
	}
	b := []byte(s)
	b = append(b, "xyz"...)
	m[string(b)]++
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	m := map[string]int{}
	ch := make(chan int, 1000)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			leafy(i%25, m, ch)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	println(len(m), len(ch))
}
