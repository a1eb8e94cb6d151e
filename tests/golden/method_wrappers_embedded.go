// Method-table wrappers: promoted methods through embedded interfaces, embedded pointers and values, and a nil embedded pointer.
package main

import "fmt"

type S interface{ Name(x int) string }
type impl struct{ p string }

func (i impl) Name(x int) string { return fmt.Sprint(i.p, x) }

type Outer struct{ S }
type Deep struct{ *Outer }
type V struct{ a, b int }

func (v V) Sum(k int) int { return v.a + v.b + k }

type W struct{ V }
type Summer interface{ Sum(int) int }

func main() {
	var s S = Outer{impl{"o"}}
	fmt.Println(s.Name(1))
	s = Deep{&Outer{impl{"d"}}}
	fmt.Println(s.Name(2))
	var m Summer = W{V{1, 2}}
	fmt.Println(m.Sum(3))
	m = &W{V{4, 5}}
	fmt.Println(m.Sum(6))
	defer func() { fmt.Println("recovered:", recover()) }()
	s = Deep{}
	s.Name(0)
}
