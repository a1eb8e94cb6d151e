// gomaxprocs: 1 2
// Timeouts with select: a reply that never comes loses to time.After; a prompt reply
// beats a long timeout; a per-iteration timeout inside a for-select loop.
package main

import (
	"fmt"
	"time"
)

func slowServer(req chan int, reply chan int) {
	for r := range req {
		if r%2 == 0 {
			reply <- r * 10 // even requests are answered at once
		}
		// odd requests are never answered
	}
}

func main() {
	never := make(chan string)
	select {
	case s := <-never:
		fmt.Println("impossible", s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting for never")
	}

	prompt := make(chan string, 1)
	prompt <- "hello"
	select {
	case s := <-prompt:
		fmt.Println("got", s)
	case <-time.After(5 * time.Second):
		fmt.Println("impossible timeout")
	}

	req := make(chan int)
	reply := make(chan int)
	go slowServer(req, reply)
	for i := 0; i < 6; i++ {
		req <- i
		select {
		case v := <-reply:
			fmt.Println("request", i, "answer", v)
		case <-time.After(200 * time.Millisecond):
			fmt.Println("request", i, "timed out")
		}
	}
	close(req)

	// A Timer reused across iterations with Stop and Reset.
	t := time.NewTimer(time.Hour)
	data := make(chan int, 3)
	data <- 1
	data <- 2
	data <- 3
	for round := 0; round < 4; round++ {
		if !t.Stop() {
			<-t.C
		}
		t.Reset(10 * time.Millisecond)
		select {
		case v := <-data:
			fmt.Println("round", round, "data", v)
		case <-t.C:
			fmt.Println("round", round, "timer")
		}
	}
}
