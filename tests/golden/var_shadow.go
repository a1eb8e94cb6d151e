// Short variable declarations, shadowing in nested scopes, multiple assignment and swap.
package main

import "fmt"

var g = "global"

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := 10; x > 5 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	g := "local"
	fmt.Println(g)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	b, c := 5, 6
	fmt.Println(a, b, c)
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	var (
		p int
		q string
		r []int
		t map[string]int
		u *int
		v float64
		w bool
	)
	fmt.Println(p, q == "", r == nil, t == nil, u == nil, v, w)
}
