// Arrays are values: assignment and passing copy them; comparison; multi-dimensional.
package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[1] = 200 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == b, a != b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	d := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(d), d, d[1] == "")
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] = 42
	fmt.Println(grid[2][0], row[0])
	fmt.Println([2]bool{true} == [2]bool{true, false})
	for i, v := range a {
		a[2] = 77
		fmt.Print(i, v, " ")
	}
	fmt.Println(a)
}
