// defer_recover.mgo — defer, panic and recover, and what the runtime does for each.
//
// Run it:  mgo run samples/defer_recover.mgo
//
// Steps (runtime/abi.h "DeferFrame", runtime/panic.cc, jit/codegen_func.cc):
//  1. A function with a defer statement gets a DeferFrame in its own stack frame: at
//     entry it calls mgo_rt_deferframe_push and _setjmp(frame.jb).
//  2. Each `defer f(x)` evaluates f and x now and links a record onto the frame
//     (mgo_rt_defer), newest first. That is why the loop below prints 2 1 0.
//  3. On return, the function stores its results, then mgo_rt_deferreturn runs the
//     frame's records last-in first-out and pops the frame. A deferred closure can
//     still change a named result (`result` in safeDiv) before the caller reads it.
//  4. A runtime error (here an integer division by zero, or an index out of range) is
//     a Go panic: gopanic walks the goroutine's DeferFrames from the innermost and runs
//     their pending records.
//  5. recover() inside a deferred call returns the panic's value and marks it
//     recovered. When that deferred call returns, gopanic longjmps to frame.jb of the
//     function that deferred it: that function finishes its other deferred calls and
//     returns normally, with whatever its named results hold.
//  6. A panic nobody recovers prints `panic: ...` and `goroutine N [running]:` on stderr
//     and exits with status 2 (see tests/golden/*panic*.go); this sample recovers all.
//
// Expected output:
//   deferred 2
//   deferred 1
//   deferred 0
//   10 / 2 = 5, err = <nil>
//   10 / 0 = -1, err = recovered: runtime error: integer divide by zero
//   index 7: recovered: runtime error: index out of range [7] with length 3
//   cleanup ran
//   custom: recovered: boom

package main

import (
	"errors"
	"fmt"
)

func countdown() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i) // step 2: i is evaluated now
	}
}

// safeDiv turns a panic into an error through its named results (steps 3-5).
func safeDiv(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			result = -1
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil // step 4: b == 0 panics here
}

func at(xs []int, i int) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	return fmt.Sprint(xs[i])
}

func custom() (err error) {
	defer fmt.Println("cleanup ran") // runs last: deferred first
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("recovered: ", r))
		}
	}()
	panic("boom")
}

func main() {
	countdown()
	for _, b := range []int{2, 0} {
		q, err := safeDiv(10, b)
		fmt.Printf("10 / %d = %d, err = %v\n", b, q, err)
	}
	fmt.Println("index 7:", at([]int{1, 2, 3}, 7))
	err := custom()
	fmt.Println("custom:", err)
}
