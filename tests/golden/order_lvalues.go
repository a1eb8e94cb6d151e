// Assignments: the left side's locations (p.x, *p, m[k], a[i]) are evaluated after the
// right side's calls; a nil-map store panics after the right side ran.
package main

import "fmt"

var n int

func bump() int { n++; return 100 }

type S struct{ x int }

func main() {
	a, b := &S{}, &S{}
	p := a
	p.x = func() int { p = b; return 5 }()
	fmt.Println(a.x, b.x)
	a, b = &S{}, &S{}
	p = a
	*p = S{func() int { p = b; return 6 }()}
	fmt.Println(a.x, b.x)
	m := map[int]int{}
	k := 0
	m[k] += func() int { k = 1; return 7 }()
	fmt.Println(m)
	k = 0
	m[k]++
	s := "a"
	s += fmt.Sprint(func() int { s = "z"; return 1 }())
	fmt.Println(s, m)
	arr := []int{0, 0, 0}
	i := 0
	arr[i], i = func() int { i = 2; return 8 }(), 1
	fmt.Println(arr, i)
	var mm map[string]int
	defer func() { fmt.Println("recovered:", recover()) }()
	mm[fmt.Sprint(n)] = func() int { fmt.Println("rhs first"); return 1 }()
}
