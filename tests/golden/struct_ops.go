// Structs: literals (keyed, positional), zero values, comparison, anonymous structs, pointers to structs.
package main

import "fmt"

type Point struct{ X, Y int }
type Rect struct {
	Min, Max Point
	Label    string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p == Point{1, 2}, p != q)
	var r Rect
	fmt.Printf("%v %+v\n", r, r)
	r.Max.X = 10
	r.Label = "box"
	fmt.Printf("%+v\n", r)
	pp := &Point{3, 4}
	pp.X *= 10
	fmt.Println(*pp, pp.X)
	anon := struct {
		Name string
		Age  int
	}{"zed", 30}
	fmt.Println(anon, anon.Name)
	fmt.Printf("%v %+v\n", anon, anon)
	copyR := r
	copyR.Min.Y = -1
	fmt.Println(r.Min.Y, copyR.Min.Y)
	pts := []Point{{1, 1}, {2, 2}}
	fmt.Println(pts)
	type local struct{ a, b bool }
	fmt.Println(local{true, false} == local{a: true})
	empty := struct{}{}
	fmt.Println(empty)
}
