// gomaxprocs: 1 2
// RWMutex under load: 8 readers and 4 writers. Writers keep two fields equal only while
// holding the write lock (they differ mid-update); readers must never see them differ,
// and several readers must be able to hold the lock at once. TryLock/TryRLock agree with
// the lock's state, and RLocker locks for reading.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type shared struct {
	rw   sync.RWMutex
	a, b int
}

func main() {
	s := &shared{}
	var wg sync.WaitGroup
	var torn, reads int64
	var inside, maxInside int32
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				s.rw.Lock()
				s.a++
				runtime.Gosched() // a reader running now would see a != b
				s.b++
				s.rw.Unlock()
			}
		}()
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				s.rw.RLock()
				n := atomic.AddInt32(&inside, 1)
				for {
					m := atomic.LoadInt32(&maxInside)
					if n <= m || atomic.CompareAndSwapInt32(&maxInside, m, n) {
						break
					}
				}
				if s.a != s.b {
					atomic.AddInt64(&torn, 1)
				}
				if i%100 == 0 {
					runtime.Gosched() // let other readers in while this one holds it
				}
				atomic.AddInt32(&inside, -1)
				atomic.AddInt64(&reads, 1)
				s.rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("a =", s.a, "b =", s.b, "reads =", reads, "torn =", torn)
	fmt.Println("readers held it together:", maxInside > 1)

	var rw sync.RWMutex
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryRLock while written:", rw.TryRLock(), "TryLock again:", rw.TryLock())
	rw.Unlock()
	fmt.Println("TryRLock free:", rw.TryRLock(), "second reader:", rw.TryRLock())
	fmt.Println("TryLock while read:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println("RLocker holds a read lock; TryRLock:", rw.TryRLock(), "TryLock:", rw.TryLock())
	rw.RUnlock()
	l.Unlock()
	fmt.Println("all released; TryLock:", rw.TryLock())
}
