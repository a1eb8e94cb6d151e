// Reading a nil map is fine; writing to it panics: "assignment to entry in nil map".
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"], len(m))
	m["a"] = 1
	fmt.Println("unreachable")
}
