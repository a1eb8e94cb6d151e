// if with init statements, else-if chains and scoping of the init variable.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if r := n % 2; r == 0 {
		return fmt.Sprint("even(", r, ")")
	} else {
		return fmt.Sprint("odd(", r, ")")
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if v, ok := map[string]int{"a": 1}["a"]; ok && v > 0 {
		fmt.Println("found", v)
	}
	x := 5
	if x := x * 2; x > 8 {
		fmt.Println("shadow", x)
	}
	fmt.Println(x)
	t, f := true, false
	fmt.Println(t && !f, t || f && false, !(t && f))
	calls := 0
	side := func(b bool) bool { calls++; return b }
	_ = side(false) && side(true)
	_ = side(true) || side(false)
	fmt.Println("calls", calls)
}
