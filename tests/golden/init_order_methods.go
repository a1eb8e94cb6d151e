package main

// Initialisation order with dependencies through promoted methods, pointer-method
// values on package variables, func values in slices and struct fields, a type switch in
// a called function, and a method expression; independent variables interleaved.

import "fmt"

var trace []string

func note(s string) int { trace = append(trace, s); return len(trace) }

type Inner struct{}

func (Inner) get() int { return promoted }

type Outer struct{ Inner }

type P struct{ n int }

func (p *P) ptr() int { return p.n + ptrDep }

var a = Outer{}.get() + note("a")
var x1 = note("x1")
var promoted = note("promoted")

var pv = &P{1}
var b = pv.ptr() + note("b")
var x2 = note("x2")
var ptrDep = note("ptrDep")

var table = []func() int{func() int { return inTable }}
var c = table[0]() + note("c")
var x3 = note("x3")
var inTable = note("inTable")

type S struct{ f func() int }

var d = S{f: helper}.f() + note("d")
var x4 = note("x4")

func helper() int {
	switch v := interface{}(sw).(type) {
	case int:
		return v
	}
	return 0
}

var sw = note("sw")

var mexp = (*P).ptr
var e = mexp(&P{2}) + note("e")
var x5 = note("x5")

func main() {
	fmt.Println(trace, a, b, c, d, e)
}
