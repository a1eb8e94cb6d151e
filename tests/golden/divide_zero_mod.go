// Modulo by zero on a small integer type panics too.
package main

import "fmt"

func main() {
	var a, b int8 = 9, 0
	fmt.Println(a / 2)
	fmt.Println(a % b)
}
