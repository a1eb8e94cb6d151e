package main

// Package-level initialisation order when dependencies go through functions, methods,
// closures, method values and method expressions: each variable is initialised as soon
// as everything it (transitively) needs is, earliest in declaration order first.

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", s, v))
	return v
}

// Through a plain function: viaFunc needs fromFunc, declared later.
var viaFunc = note("viaFunc", twice())

func twice() int { return 2 * fromFunc }

var between1 = note("between1", 1) // ready at once: before fromFunc and viaFunc

var fromFunc = note("fromFunc", 21)

// Through a function calling a function calling a variable.
var deep = note("deep", level1())

func level1() int { return level2() + 1 }
func level2() int { return deepest }

var deepest = note("deepest", 100)

// Through a method called on a value.
type counter struct{ base int }

func (c counter) get() int { return c.base + methodBase }

var viaMethod = note("viaMethod", counter{1}.get())

var between2 = note("between2", 2)

var methodBase = note("methodBase", 10)

// Through a pointer method.
func (c *counter) bump() int { return c.base + ptrBase }

var viaPtrMethod = note("viaPtrMethod", (&counter{2}).bump())

var ptrBase = note("ptrBase", 20)

// Through a method value (bound, not called until later).
type box struct{ n int }

func (b box) value() int { return b.n + mvBase }

var mv = box{3}.value

var viaMethodValue = note("viaMethodValue", mv())

var between3 = note("between3", 3)

var mvBase = note("mvBase", 30)

// Through a method expression.
var me = box.value

var viaMethodExpr = note("viaMethodExpr", me(box{4}))

// Through a closure in the initialiser.
var viaClosure = note("viaClosure", func() int { return closed * 2 }())

var closed = note("closed", 5)

// Through a closure inside a function body.
func makeAdder() func() int {
	return func() int { return inner + 1 }
}

var viaInnerClosure = note("viaInnerClosure", makeAdder()())

var between4 = note("between4", 4)

var inner = note("inner", 7)

// A function value stored in a variable (a reference, not a call) is still a dependency.
var fnRef = useLater

func useLater() int { return later }

var later = note("later", 8)

// An independent variable declared after all the others comes last.
var last = note("last", 0)

func main() {
	for _, s := range trace {
		fmt.Println(s)
	}
	fmt.Println(viaFunc, deep, viaMethod, viaPtrMethod, viaMethodValue, viaMethodExpr)
	fmt.Println(viaClosure, viaInnerClosure, fnRef(), last)
}
