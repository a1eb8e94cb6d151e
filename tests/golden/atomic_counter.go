// gomaxprocs: 1 2
// sync/atomic: AddInt64, LoadInt64, CompareAndSwap, StoreInt32 from many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&n, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	var flag int32
	wins := int64(0)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&flag, 0, 1) {
				atomic.AddInt64(&wins, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(wins, atomic.LoadInt32(&flag))
	atomic.StoreInt32(&flag, 7)
	fmt.Println(atomic.SwapInt32(&flag, 8), flag)
	var u uint64
	atomic.AddUint64(&u, ^uint64(0))
	fmt.Println(u)
}
