// Dereferencing a nil pointer panics: "invalid memory address or nil pointer dereference".
package main

import "fmt"

type T struct {
	a, b int
}

func main() {
	var p *T
	fmt.Println(p == nil)
	fmt.Println(p.b)
}
