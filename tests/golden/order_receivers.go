// Receivers, func values and method values are read when the call runs (after the
// argument calls); boxed locals in literals and returns are copied early.
package main

import "fmt"

var n int

func bump() int { n++; return 100 }

type T struct{ v int }

func (t T) Get(a int) int  { return t.v*1000 + a }
func (t *T) PGet(a int) int { return t.v*1000 + a }

type G interface{ Get(int) int }

type P struct{ a, b int }

func retI() (interface{}, int) {
	lp := P{1, 2}
	return lp, func() int { lp.a = 9; return 0 }()
}

func main() {
	var g G = T{1}
	fmt.Println(g.Get(func() int { g = T{2}; return 0 }()))
	t := T{1}
	fmt.Println(t.Get(func() int { t = T{3}; return 0 }()))
	t = T{1}
	fmt.Println(t.PGet(func() int { t = T{4}; return 0 }()))
	fv := func(a int) int { return a + 1 }
	fmt.Println(fv(func() int { fv = func(a int) int { return a + 2 }; return 0 }()))
	mv := t.Get
	fmt.Println(mv(func() int { t = T{5}; return 0 }()))
	lp := P{1, 2}
	x := struct{ a interface{}; b int }{lp, func() int { lp.a = 9; return 0 }()}
	fmt.Println(x)
	fmt.Println(retI())
	n = 0
	s := []int{1, 2, 3}[n:]
	fmt.Println(s, string(rune(n+65)), bump())
	var e interface{} = P{1, 2}
	lp = P{1, 2}
	switch e {
	case lp:
		fmt.Println("case lp")
	}
	n = 0
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[n], arr, bump(), arr[n])
	pa := &arr
	n = 0
	fmt.Println(pa[n], bump(), len(pa), pa[n:])
	n = 0
	str := "abc"
	fmt.Println(str[n], len(str[n:]), bump(), str[n])
}
