// gomaxprocs: 1
package main

import (
	"fmt"
	"os"
	"time"
)

// Two goroutines hand the only P to each other through runnext forever. A third one,
// woken by the first of them, is kicked from runnext to the run queue behind them: it
// runs because the pair shares one time slice (execute's inheritTime), which sysmon
// preempts after 10ms, as Go does.
func main() {
	a := make(chan int)
	b := make(chan int)
	wake := make(chan bool)
	go func() {
		<-wake
		fmt.Println("the woken goroutine ran")
		os.Exit(0)
	}()
	go func() {
		for v := range b {
			a <- v + 1
		}
	}()
	go func() {
		first := true
		for v := range a {
			if first {
				first = false
				wake <- true
			}
			b <- v + 1
		}
	}()
	time.Sleep(time.Millisecond) // all three block on their channels
	a <- 0
	select {}
}
