// recover() stops a panic only when called directly by the deferred function: every
// shape of deferred call (func literal, named function, func value, method call, method
// value, interface method, method expression) and the cases where it returns nil
// (helper of the deferred function, `defer recover()`, recover evaluated as a deferred
// call's argument, recover with no panic, a deferred call run by a normal return).
package main

import "fmt"

type T struct{ n int }

func (t T) Rec()   { fmt.Println("T.Rec", t.n, recover()) }
func (t *T) PRec() { fmt.Println("*T.PRec", t.n, recover()) }

type Big struct {
	a, b, c, d int
	s       string
}

func (b Big) Rec() { fmt.Println("Big.Rec", b.a+b.d, b.s, recover()) }

type R interface{ Rec() }

type Embed struct{ Big }

func named()              { fmt.Println("named", recover()) }
func helper() interface{} { return recover() }
func withArgs(a int, s string, f float64) {
	fmt.Println("withArgs", a, s, f, recover())
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "-> outer recovered", r)
		} else {
			fmt.Println(name, "-> returned normally")
		}
	}()
	f()
}

func recursive(n int) {
	if n > 0 {
		recursive(n - 1)
	}
	fmt.Println("recursive", n, recover())
}

func normalReturnDefer() {
	defer func() { fmt.Println("deferred by a normal return", recover()) }()
}

func main() {
	fmt.Println("no panic", recover())
	try("defer recover()", func() { defer recover(); panic("a") })
	try("defer named()", func() { defer named(); panic("b") })
	try("defer fv()", func() { f := named; defer f(); panic("c") })
	try("defer x.Rec()", func() { x := T{1}; defer x.Rec(); panic("d") })
	try("defer mv()", func() { x := T{2}; mv := x.Rec; defer mv(); panic("e") })
	try("defer iface", func() { var r R = T{3}; defer r.Rec(); panic("f") })
	try("defer iface ptr", func() { var r R = &T{4}; defer r.Rec(); panic("g") })
	try("defer iface big", func() { var r R = Big{1, 2, 3, 4, "big"}; defer r.Rec(); panic("g2") })
	try("defer iface embedded", func() { var r R = Embed{Big{5, 0, 0, 5, "emb"}}; defer r.Rec(); panic("g3") })
	try("defer mexpr", func() { defer T.Rec(T{5}); panic("h") })
	try("defer mexpr ptr", func() { defer (*T).Rec(&T{6}); panic("i") })
	try("defer ptr mv", func() { x := &T{7}; mv := x.PRec; defer mv(); panic("j") })
	try("defer iface mv", func() { var r R = T{8}; mv := r.Rec; defer mv(); panic("k") })
	try("defer mexpr var", func() { f := T.Rec; defer f(T{9}); panic("o") })
	try("defer closure var", func() { f := func() { fmt.Println("clo", recover()) }; defer f(); panic("p") })
	try("defer closure arg", func() { defer func(s string) { fmt.Println("cloarg", s, recover()) }("z"); panic("q") })
	try("defer withArgs", func() { defer withArgs(1, "two", 3.5); panic("r") })
	try("helper of deferred closure", func() { defer func() { fmt.Println("helper", helper()) }(); panic("l") })
	try("named called by deferred closure", func() { defer func() { named() }(); panic("m") })
	try("method value called by deferred closure", func() {
		x := T{10}
		mv := x.Rec
		defer func() { mv() }()
		panic("m2")
	})
	try("interface method called by deferred closure", func() {
		var r R = Big{1, 0, 0, 1, "no"}
		defer func() { r.Rec() }()
		panic("m3")
	})
	try("recover as deferred argument", func() { defer fmt.Println("arg", recover()); panic("n") })
	try("recursive deferred", func() { defer recursive(2); panic("s") })
	try("helper first, then direct", func() {
		defer func() {
			h := helper()
			d := recover()
			fmt.Println("helper first:", h, "direct:", d)
		}()
		panic("t")
	})
	try("defer in deferred call", func() {
		defer func() {
			normalReturnDefer()
			fmt.Println("after normal return", recover())
		}()
		panic("u")
	})
	try("second recover", func() {
		defer func() {
			r1 := recover()
			r2 := recover()
			fmt.Println("first", r1, "second", r2)
		}()
		panic("v")
	})
	// `defer recover()` in a deferred function D: run by D's return it is D calling
	// recover (recovers); run by a newer panic it is not (nil). Go's test/recover1.go.
	try("defer recover() run by the deferred func's return", func() {
		defer func() { defer recover() }()
		panic("x1")
	})
	try("defer recover() run by a newer panic", func() {
		defer func() {
			defer func() { fmt.Println("newer panic:", recover()) }()
			defer recover()
			panic("x3")
		}()
		panic("x2")
	})
	try("defer recover() after the newer panic was recovered", func() {
		defer func() {
			defer recover()
			defer func() { fmt.Println("newer panic:", recover()) }()
			panic("x5")
		}()
		panic("x4")
	})
	try("no panic in try", func() { defer named() })
	normalReturnDefer()
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer func() { fmt.Println("goroutine helper", helper()); fmt.Println("goroutine direct", recover()) }()
		panic("w")
	}()
	<-done
}
