// A func literal with its own defer/go inside the callee expression of a deferred call:
// the outer call's arguments are still ordered as gc orders them (calls first, so x is
// read after g() changed it). The JIT once lost track of that when the inner literal was
// lowered in between (jit: planCall's own-statement flag).
package main

import "fmt"

var x = 1

func g() int { x = 10; return 0 }

func f(a int) { fmt.Println("f", a) }

func main() {
	defer func() func(int) {
		defer func() {}()
		return f
	}()(x + g())
	x = 1
	defer f(x + g())
	x = 1
	func() {
		defer func() func(int) {
			go func() {}()
			return f
		}()(x + g())
	}()
}
