// fallthrough continues into the next case body without testing its expression.
package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ":")
	switch {
	case n > 100:
		fmt.Print(" huge")
		fallthrough
	case n > 10:
		fmt.Print(" big")
		fallthrough
	case n > 1:
		fmt.Print(" plural")
	case n == 1:
		fmt.Print(" one")
		fallthrough
	default:
		fmt.Print(" default")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{500, 50, 5, 1, 0} {
		describe(n)
	}
	switch x := 2; x {
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fell through)")
	case 4:
		fmt.Println("four")
	}
}
