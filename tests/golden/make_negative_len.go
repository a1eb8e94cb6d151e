// make with a negative length from a variable panics: "makeslice: len out of range".
package main

import "fmt"

func main() {
	n := 4
	fmt.Println(len(make([]int, n)))
	n = -4
	fmt.Println(len(make([]int, n)))
}
