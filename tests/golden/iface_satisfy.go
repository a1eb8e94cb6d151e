// Interface satisfaction: value vs pointer method sets, dynamic dispatch, interface holding various types.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c Circle) Name() string    { return "circle" }
func (s *Square) Area() float64 { return s.S * s.S }
func (s *Square) Name() string   { return "square" }

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Circle{1}, &Square{2}, &Circle{2}}
	for _, s := range shapes {
		fmt.Printf("%s %.3f %T\n", s.Name(), s.Area(), s)
	}
	fmt.Printf("%.3f\n", total(shapes...))
	var s Shape
	fmt.Println(s == nil)
	s = Circle{3}
	c, ok := s.(Circle)
	fmt.Println(c.R, ok)
	_, ok = s.(*Square)
	fmt.Println(ok)
	var e interface{} = 42
	var e2 interface{} = "str"
	fmt.Println(e, e2, e == 42, e2 == "str", e == e2)
}
