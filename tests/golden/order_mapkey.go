// Map keys: gc copies a key early when the map is accessed through the key's address
// (keys other than 4/8-byte plain memory or strings, values over 128 bytes) unless the key
// is a global or an element/field, and always for a struct/array key of the other maps.
// Package-level initialisers are statements too.
package main

import "fmt"

var n int

func bump() int { n++; return 100 }

type K struct{ a, b int }
type K8 struct{ a, b int32 }

var gk K

var gk8 K8

var pa = n + bump()

var pb, pc = n, bump()

func main() {
	fmt.Println("package vars", pa, pb, pc)
	n = 0
	m := map[K]int{{1, 0}: 1, {0, 0}: 2}
	fmt.Println(m[K{n, 0}] + bump())
	n = 0
	m8 := map[K8]int{{1, 0}: 1, {0, 0}: 2}
	fmt.Println(m8[K8{int32(n), 0}] + bump())
	n = 0
	ms := map[string]int{"0": 1, "1": 2}
	fmt.Println(ms[fmt.Sprint(n)+""] + bump())
	n = 0
	mf := map[float64]int{0: 1, 1: 2}
	fmt.Println(mf[float64(n)] + bump())
	n = 0
	mb := map[int8]int{0: 1, 1: 2}
	fmt.Println(mb[int8(n)] + bump())
	gk = K{0, 0}
	fmt.Println(m[gk], func() int { gk = K{1, 0}; return 0 }())
	lk := K{0, 0}
	fmt.Println(m[lk], func() int { lk = K{1, 0}; return 0 }())
	n = 0
	m[K{n, 0}] = bump()
	fmt.Println(m)
	n = 0
	m8[K8{int32(n), 0}] = bump()
	fmt.Println(m8)
	gk8 = K8{0, 0}
	fmt.Println(m8[gk8], func() int { gk8 = K8{1, 0}; return 0 }())
	type big struct{ x [20]int }
	mbig := map[int]big{0: {}, 1: {[20]int{1}}}
	n = 0
	fmt.Println(mbig[n].x[0], bump())
}
