// Closures capture variables by reference: counters, shared state, captured after modification.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other())
	x := 1
	get := func() int { return x }
	x = 42
	fmt.Println(get())
	acc := 0
	add := func(v int) { acc += v }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	fmt.Println(acc)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	mk := func(prefix string) func(string) string {
		return func(s string) string { return prefix + s }
	}
	hello := mk("hello, ")
	fmt.Println(hello("world"), mk("bye, ")("moon"))
	arr := [3]int{1, 2, 3}
	mod := func() { arr[0] = 99 }
	mod()
	fmt.Println(arr)
}
