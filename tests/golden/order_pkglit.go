// Package-level composite literal initialisers: gc assigns a struct, array or slice
// literal (and &T{...}) one element at a time, in source order, recursing into nested
// literals; a map literal, a literal inside a call and a plain expression are each one
// statement with calls first. Local literals are one statement.
package main

import "fmt"

var n int

func one() int { n++; return 1 }

func id(s []int) []int { return s }

type P struct {
	A, B int
	C    []int
}

type Q struct {
	X [2]int
	Y *P
}

var gs = []int{n, one(), n}
var ga = [3]int{n, one(), n}
var gp = P{n, one(), nil}
var gm = map[int]int{0: n, 1: one(), 2: n}
var gptr = &P{n, one(), []int{n}}
var x = [][]int{{n, one()}, {n}}
var p = &P{A: n, B: one(), C: []int{n, one()}}
var q = Q{X: [2]int{n, one()}, Y: &P{n, one(), []int{n}}}
var r = []int{n + one(), n}
var s = [][]int{[]int{n, one(), n}, nil}
var t = struct {
	a []int
	b int
}{[]int{n, one()}, n}
var m = []map[int]int{{0: n, 1: one(), 2: n}, {0: n}}
var u = []*P{{n, one(), nil}, {A: n}}
var w = []int{3: n, 5: one(), 1: n}
var fn = func() int { return n }
var v = []int{fn(), one(), fn()}
var ifs = []interface{}{n, one(), n, P{n, one(), nil}}
var iv interface{} = [2]int{n, one()}
var ps = &[]int{n, one(), n}
var c = id([]int{n, one(), n})
var z = n + one()
var zs = []int{n + one() + n, n}

func main() {
	fmt.Println("pkg", gs, ga, gp, gm, *gptr)
	fmt.Println("nested", x, p.A, p.B, p.C, q.X, *q.Y, r, s, t, m, *u[0], *u[1], w, v)
	fmt.Println("iface", ifs, iv, *ps)
	fmt.Println("call", c, z, zs)
	n = 0
	ls := []int{n, one(), n}
	la := [3]int{n, one(), n}
	lp := P{n, one(), nil}
	lptr := &P{n, one(), []int{n, one()}}
	fmt.Println("loc", ls, la, lp, *lptr)
	var vs = [][]int{{n, one()}, {n}}
	fmt.Println("var", vs)
}
