// Slicing past the capacity panics: "slice bounds out of range [:7] with capacity 5".
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi := 5
	fmt.Println(len(s[:hi]))
	hi = 7
	fmt.Println(s[:hi])
}
