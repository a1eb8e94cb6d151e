// A negative index in a variable: "index out of range [-1]".
package main

import "fmt"

func main() {
	a := [3]string{"a", "b", "c"}
	i := -1
	fmt.Println(a[i+1])
	fmt.Println(a[i])
}
