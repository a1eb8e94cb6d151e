// The fast paths of Lock and Unlock that the JIT inlines at direct call sites
// (jit/codegen_intrinsics.cc) keep the externs' checks: a nil *Mutex panics, an unlock
// of an unlocked mutex is the fatal error, TryLock still works beside them.
package main

import (
	"fmt"
	"sync"
)

type S struct {
	mu sync.Mutex
	n  int
}

func main() {
	var s S
	s.mu.Lock()
	s.n++
	s.mu.Unlock()
	ok := s.mu.TryLock()
	fmt.Println(s.n, ok)
	s.mu.Unlock()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m *sync.Mutex
		m.Lock()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *S
		p.mu.Unlock()
	}()
	var m sync.Mutex
	m.Unlock()
}
