// Functions: multiple results, named results with bare return, variadic, passing results through.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func count(xs ...string) int { return len(xs) }

func pass(a, b int) (int, int) { return divmod(a, b) }

func show(q, r int) string { return fmt.Sprintf("q=%d r=%d", q, r) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(sum(1), sum(1, 2, 3), sum(0, []int{4, 5}...))
	fmt.Println(count(), count("a", "b"), count(nil...))
	fmt.Println(show(pass(23, 4)))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
}
