// Promotion depth rules: the shallowest field wins; ambiguous names at the same depth are only an error when used.
package main

import "fmt"

type A struct{ X, Y int }
type B struct{ X, Z int }

func (A) Who() string { return "A" }
func (B) Who() string { return "B" }

type C struct {
	A
	B
	X int
}

type D struct{ C }

func main() {
	c := C{A{1, 2}, B{3, 4}, 5}
	fmt.Println(c.X, c.Y, c.Z, c.A.X, c.B.X)
	d := D{c}
	fmt.Println(d.X, d.Y, d.A.Who(), d.B.Who())
	fmt.Printf("%+v\n", d)
}
