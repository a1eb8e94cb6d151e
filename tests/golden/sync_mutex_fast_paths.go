// gomaxprocs: 1 2
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	n  int
	mu sync.Mutex // not the first field: the fast path must use the field's address
	m  map[string]int
}

type embeds struct {
	sync.Mutex
	v int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	c := &counter{m: map[string]int{}}
	var wg sync.WaitGroup
	const workers, per = 8, 20000
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				c.mu.Lock()
				c.n++
				c.m[fmt.Sprint(i%4)] += w
				c.mu.Unlock()
			}
		}(w)
	}
	// Embedded Mutex, method value, method expression and sync.Locker beside the direct calls.
	e := &embeds{}
	lock, unlock := e.Lock, e.Unlock
	var l sync.Locker = e
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				switch (i + w) % 4 {
				case 0:
					e.Lock()
					e.v++
					e.Unlock()
				case 1:
					lock()
					e.v++
					unlock()
				case 2:
					(*sync.Mutex).Lock(&e.Mutex)
					e.v++
					(*sync.Mutex).Unlock(&e.Mutex)
				case 3:
					l.Lock()
					e.v++
					l.Unlock()
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(c.n, c.m, e.v)

	// TryLock sees the state the inlined Lock left.
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("TryLock while locked:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock when free:", mu.TryLock())
	mu.Unlock()

	// A nil *Mutex panics with a nil dereference, recoverable.
	var nm *sync.Mutex
	try("nil Lock", func() { nm.Lock() })
	try("nil Unlock", func() { nm.Unlock() })
	var nc *counter
	try("nil field", func() { nc.mu.Lock() })

	// Unlock of an unlocked Mutex is a fatal error (not recoverable).
	try("unlock unlocked", func() { mu.Unlock() })
	fmt.Println("not reached")
}
