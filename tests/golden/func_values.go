// Function values: assigned, passed, returned, stored in maps and slices, compared with nil.
package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }
func double(x int) int                 { return x * 2 }
func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	var f func(int) int
	fmt.Println(f == nil)
	f = double
	fmt.Println(f != nil, apply(f, 21))
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(inc, double)(5), compose(double, inc)(5))
	ops := map[string]func(a, b int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	pipeline := []func(int) int{inc, double, inc}
	v := 1
	for _, p := range pipeline {
		v = p(v)
	}
	fmt.Println(v)
	fmt.Println(func(s string) string { return s + s }("ab"))
	fmt.Printf("%T\n", compose)
}
