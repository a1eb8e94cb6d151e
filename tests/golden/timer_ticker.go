// gomaxprocs: 1 2
// time.Ticker: ticks keep coming until Stop, strictly later each time; a slow reader
// loses ticks instead of queueing them; Reset changes the period; time.Tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	var last time.Time
	increasing := true
	for i := 0; i < 5; i++ {
		v := <-tk.C
		if !last.IsZero() && !v.After(last) {
			increasing = false
		}
		last = v
	}
	tk.Stop()
	fmt.Println("5 ticks, increasing:", increasing)
	select {
	case <-tk.C:
		// at most one tick may have been buffered before Stop
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("impossible: tick after Stop")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}

	// A slow reader: the channel holds one tick; the rest are dropped.
	slow := time.NewTicker(5 * time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	n := 0
	for i := 0; i < 3; i++ {
		select {
		case <-slow.C:
			n++
		default:
		}
	}
	slow.Stop()
	fmt.Println("buffered ticks after 100ms:", n)

	r := time.NewTicker(time.Hour)
	r.Reset(5 * time.Millisecond)
	<-r.C
	<-r.C
	r.Stop()
	fmt.Println("reset ticker ticked")

	c := time.Tick(5 * time.Millisecond)
	count := 0
	timeout := time.After(2 * time.Second)
loop:
	for {
		select {
		case <-c:
			count++
			if count == 4 {
				break loop
			}
		case <-timeout:
			break loop
		}
	}
	fmt.Println("Tick ticks:", count)
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)
}
