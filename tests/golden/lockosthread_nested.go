// gomaxprocs: 1 2
//
// Nesting and unlocking: LockOSThread calls nest (as many UnlockOSThread calls undo
// them), UnlockOSThread without a lock does nothing, and goroutines that unlock before
// ending leave their thread to the scheduler. The main goroutine stays locked while it
// parks on channels, sleeps and waits for goroutines that lock and unlock themselves.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func worker(id int, in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	runtime.UnlockOSThread() // not locked: nothing happens
	runtime.LockOSThread()
	runtime.LockOSThread()
	for v := range in {
		out <- v * id
		runtime.UnlockOSThread() // still locked once
		runtime.LockOSThread()
	}
	runtime.UnlockOSThread()
	time.Sleep(time.Millisecond) // parks locked (one level left)
	runtime.UnlockOSThread()
	runtime.UnlockOSThread() // one too many: ignored
	runtime.Gosched()
}

func main() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()

	in := make(chan int)
	out := make(chan int, 100)
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go worker(id, in, out, &wg)
	}
	for v := 1; v <= 40; v++ {
		in <- v // main parks here, locked
	}
	close(in)
	wg.Wait()
	close(out)
	count := 0
	for range out {
		count++
	}
	fmt.Println("values through locked workers:", count)

	// The same work, but every value tagged with its worker, to check the total exactly.
	type pair struct{ id, v int }
	res := make(chan pair)
	for id := 1; id <= 3; id++ {
		go func(id int) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for k := 0; k < 5; k++ {
				time.Sleep(100 * time.Microsecond)
				res <- pair{id, k}
			}
		}(id)
	}
	got := map[int]int{}
	for i := 0; i < 15; i++ {
		p := <-res
		got[p.id] += p.v
	}
	fmt.Println("per worker:", got[1], got[2], got[3])

	time.Sleep(2 * time.Millisecond) // main sleeps locked
	fmt.Println("main done")
}
