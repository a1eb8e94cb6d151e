// Integer division by zero panics (floats give +Inf instead).
package main

import "fmt"

func main() {
	a, b := 10.0, 0.0
	fmt.Println(a/b, -a/b)
	x, y := 7, 0
	fmt.Println(x % 3)
	fmt.Println(x / y)
}
