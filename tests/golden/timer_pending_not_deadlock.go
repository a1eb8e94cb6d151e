// gomaxprocs: 1 2
// Goroutines waiting only on timers are not deadlocked: main blocks on a timer while
// another goroutine sits in select {} and a third sleeps; then main returns normally.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		select {}
	}()
	slept := make(chan bool)
	go func() {
		time.Sleep(30 * time.Millisecond)
		slept <- true
	}()
	<-time.After(20 * time.Millisecond)
	fmt.Println("timer fired")
	fmt.Println("sleeper woke:", <-slept)
	var t *time.Timer
	done := make(chan bool)
	t = time.AfterFunc(10*time.Millisecond, func() { done <- true })
	<-done
	fmt.Println("afterfunc:", t.Stop() == false)
}
