// Named types: distinct from their underlying type, with their own methods; type aliases.
package main

import "fmt"

type Meters float64
type Feet float64
type Alias = int
type Names []string

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }
func (n Names) Join() string {
	s := ""
	for i, x := range n {
		if i > 0 {
			s += "+"
		}
		s += x
	}
	return s
}

func main() {
	m := Meters(10)
	fmt.Printf("%.3f %T\n", m.ToFeet(), m.ToFeet())
	var a Alias = 3
	var i int = a
	fmt.Printf("%T %v\n", a, i)
	n := Names{"x", "y", "z"}
	fmt.Println(n.Join(), len(n))
	n = append(n, "w")
	fmt.Printf("%T %v\n", n, n)
	var plain []string = n
	fmt.Println(plain)
}
