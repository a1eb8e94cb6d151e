// The forms of for: three-clause, condition only, infinite with break, continue, range over ints via slices.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println(i)
	sum := 0
	for x := 100; x > 0; x /= 2 {
		sum += x
	}
	fmt.Println(sum)
	count := 0
	for range [7]struct{}{} {
		count++
	}
	fmt.Println(count)
}
