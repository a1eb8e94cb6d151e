// Methods on non-struct named types: func types, maps, ints, and an interface satisfied by each.
package main

import "fmt"

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Set map[string]bool

func (s Set) Add(k string) Set { s[k] = true; return s }
func (s Set) Has(k string) bool { return s[k] }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Applier interface{ Apply(a, b int) int }

func main() {
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(2, 3))
	var ap Applier = add
	fmt.Println(ap.Apply(10, 20))
	s := Set{}
	s.Add("x").Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
}
