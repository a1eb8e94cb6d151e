// The blank identifier: ignored results, ignored range values, blank fields, compile-time interface checks.
package main

import "fmt"

type I interface{ M() int }
type T struct{}

func (*T) M() int { return 1 }

var _ I = (*T)(nil)
var _ = sideEffect()

func sideEffect() int { fmt.Println("blank var initialised"); return 0 }

func three() (int, string, bool) { return 1, "two", true }

type padded struct {
	A int
	_ int
	B int
}

func main() {
	_, s, _ := three()
	fmt.Println(s)
	for _, c := range "ab" {
		fmt.Print(c, " ")
	}
	fmt.Println()
	for i := range []int{7, 8} {
		_ = i
	}
	p := padded{A: 1, B: 2}
	fmt.Println(p.A, p.B)
	var _ int = 5
	_ = (*T).M
	fmt.Println(new(T).M())
}
