// Predeclared identifiers can be shadowed: len, true, string, nil-like names; own min/max functions.
package main

import "fmt"

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func max(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(min(3, 2), max(1, 9, 4))
	{
		len := func(s string) int { return 99 }
		fmt.Println(len("abc"))
	}
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true)
	}
	type string = int
	var s string = 5
	fmt.Println(s + 1)
	copy := "not a builtin here"
	fmt.Println(copy)
}
