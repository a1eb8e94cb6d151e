// Package-level variables are initialised in dependency order, not declaration order.
package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(list...)
var list = []int{d, d * 2, d * 3}

func f(s string) int {
	fmt.Println("init", s)
	return d + len(s)
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var x, y = pair()

func pair() (int, string) {
	fmt.Println("pair")
	return 7, "seven"
}

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(total, list)
	fmt.Println(x, y)
}
