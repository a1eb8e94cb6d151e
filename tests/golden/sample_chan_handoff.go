// gomaxprocs: 1 2
//
// chan_handoff.mgo — how a value crosses a channel: straight into a parked receiver, out
// of a parked sender, or through the buffer.
//
// Run it:  mgo run samples/chan_handoff.mgo
//
// Steps (runtime/chan.cc chansend, chanrecv, send, recv; runtime2.h Sudog):
//  1. A receiver that finds an unbuffered channel empty cannot finish: chanrecv takes a
//     sudog (runtime/sudog.cc acquireSudog), points sudog.elem at the variable that will
//     hold the value (here `p` in receiver's frame, on its own stack), queues the sudog
//     on c.recvq and parks (gopark with chanparkcommit, waitreason "chan receive").
//     The channel lock is released only after the switch to g0, so no sender can see
//     the sudog before the G is really parked.
//  2. main sends. chansend finds the sudog at the head of recvq and calls send(): it
//     copies the 3-word Point directly to sudog.elem, i.e. into the parked goroutine's
//     stack (segments never move, so that pointer stays valid), sets sudog.success and
//     calls goready. No buffer, no second copy: the receiver wakes up with the value
//     already in place.
//  3. goready puts the receiver in main's P's runnext: it runs as soon as main blocks
//     (here, on `done`), on the same P, with warm caches.
//  4. The other way round: when the sender comes first, it parks with sudog.elem
//     pointing at its value, and the receiver's recv() copies out of the sender's stack.
//  5. Buffered channel: sends fill the ring (c.buf, sendx) without blocking; a send to a
//     full buffer parks the sender. The next receive takes the oldest value from the
//     ring (recvx) and moves the parked sender's value into the slot it freed, then
//     readies the sender; values still come out in FIFO order.
//  6. close wakes every parked receiver with the zero value and ok == false.
//
// Expected output:
//   receiver got {1 2 3} ok=true
//   main got 42 from a parked sender
//   buffered: 10 20 30
//   after close: 0 false

package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y, Z int }

func receiver(c chan Point, done chan string) {
	p, ok := <-c // step 1: parks; step 2 writes p in place
	done <- fmt.Sprintf("receiver got %v ok=%v", p, ok)
}

func main() {
	// Steps 1-3.
	c := make(chan Point)
	done := make(chan string)
	go receiver(c, done)
	runtime.Gosched() // let it run and park (with GOMAXPROCS=1 it certainly has)
	c <- Point{1, 2, 3}
	fmt.Println(<-done)

	// Step 4: the sender parks first, main receives.
	ints := make(chan int)
	go func() { ints <- 42 }()
	runtime.Gosched()
	fmt.Println("main got", <-ints, "from a parked sender")

	// Step 5: a buffered channel of 2; the third send parks until main receives.
	buf := make(chan int, 2)
	go func() {
		buf <- 10
		buf <- 20
		buf <- 30 // the buffer is full: parks with elem pointing at 30
		close(buf)
	}()
	runtime.Gosched()
	fmt.Println("buffered:", <-buf, <-buf, <-buf)

	// Step 6: receive from the closed, drained channel.
	v, ok := <-buf
	fmt.Println("after close:", v, ok)
}
