package main

// Package-level initialisation order with multi-value initialisers (`var a, b = f()`,
// comma-ok forms), variables without initialisers interleaved, and several variables of
// one declaration initialised one by one.

import "fmt"

var trace []string

func note(s string) { trace = append(trace, s) }

func pair() (int, string) {
	note("pair")
	return seed, label
}

// Initialised together, after seed and label (declared later).
var x, y = pair()

var plain int // no initialiser: zero, ready at once

var seed = func() int { note("seed"); return 42 }()

var zero string

var label = func() string { note("label"); return "answer" + zero }()

// Comma-ok forms, each needing a later variable.
var v, ok = table["k"]

var table = func() map[string]int { note("table"); return map[string]int{"k": 9} }()

var s, isString = boxed.(string)

var boxed = func() interface{} { note("boxed"); return "in a box" }()

// Several variables, several initialisers: each on its own, in order of readiness.
var p, q, r = step("p", q), step("q", 1), step("r", p)

func step(name string, n int) int {
	note(name)
	return n + 1
}

var (
	a1 = step("a1", b1)
	_  = step("blank", a1)
	b1 = step("b1", 0)
)

func main() {
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println(x, y, plain, v, ok, s, isString, p, q, r, a1, b1)
}
