// gomaxprocs: 1 2
// Goroutines blocked in select are woken by a close (all of them), by a sender and by a
// receiver on another goroutine.
package main

import (
	"fmt"
	"sync"
)

func main() {
	stop := make(chan struct{})
	work := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-stop:
				mu.Lock()
				stopped++
				mu.Unlock()
			case <-work:
				fmt.Println("impossible")
			}
		}()
	}
	close(stop)
	wg.Wait()
	fmt.Println("stopped by close:", stopped)

	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			in <- i
		}
	}()
	go func() {
		sum := 0
		for i := 0; i < 5; i++ {
			sum += <-out
		}
		fmt.Println("receiver got sum", sum)
		close(stop2)
	}()
	sent, received := 0, 0
	for sent < 5 || received < 5 {
		var inc chan int
		if received < 5 {
			inc = in
		}
		var outc chan int
		if sent < 5 {
			outc = out
		}
		select {
		case v := <-inc:
			received++
			_ = v
		case outc <- sent * 10:
			sent++
		}
	}
	<-stop2
	fmt.Println("sent", sent, "received", received)
}

var stop2 = make(chan struct{})
