// gomaxprocs: 1 2
// time.Timer: Stop before and after firing, Reset of a stopped and of a fired timer,
// After, AfterFunc (in its own goroutine) and stopping it before it runs.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(200 * time.Millisecond)
	fmt.Println("stop pending:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("impossible: a stopped timer fired")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("stopped timer stayed quiet")
	}
	fmt.Println("stop again:", t.Stop())

	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	start := time.Now()
	<-t.C
	fmt.Println("fired after reset, late enough:", time.Since(start) >= 10*time.Millisecond)
	fmt.Println("stop fired:", t.Stop())
	fmt.Println("reset fired:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	t2 := time.NewTimer(10 * time.Millisecond)
	fmt.Println("reset pending to later:", t2.Reset(300*time.Millisecond))
	select {
	case <-t2.C:
		fmt.Println("impossible: fired at the old time")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("old deadline passed quietly")
	}
	<-t2.C
	fmt.Println("fired at the new deadline")

	done := make(chan string)
	f := time.AfterFunc(10*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)
	fmt.Println("stop after run:", f.Stop())

	ran := false
	g := time.AfterFunc(30*time.Millisecond, func() { ran = true })
	fmt.Println("stop afterfunc:", g.Stop())
	time.Sleep(60 * time.Millisecond)
	fmt.Println("stopped afterfunc ran:", ran)

	v := <-time.After(time.Millisecond)
	fmt.Println("After delivers a time:", !v.IsZero())
}
