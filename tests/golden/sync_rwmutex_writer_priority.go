// gomaxprocs: 1 2
// A writer waiting for an RWMutex holds back new readers: a reader arriving after the
// writer asked gets the lock only after the writer has had it. Readers blocked by a
// writer are all let in when it unlocks.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var mu sync.Mutex
	var order []string
	note := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
	}
	rw.RLock() // the first reader
	writerIn := make(chan bool)
	go func() {
		rw.Lock() // waits for the first reader
		note("writer")
		time.Sleep(20 * time.Millisecond)
		rw.Unlock()
		writerIn <- true
	}()
	// Wait until the writer is waiting: from then on TryRLock fails (a polite reader).
	for rw.TryRLock() {
		rw.RUnlock()
		time.Sleep(time.Millisecond)
	}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock() // after the writer
			note("late reader")
			rw.RUnlock()
		}()
	}
	time.Sleep(20 * time.Millisecond)
	note("first reader leaves")
	rw.RUnlock()
	wg.Wait()
	<-writerIn
	for _, s := range order {
		fmt.Println(s)
	}
}
