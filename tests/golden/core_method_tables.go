// Method tables are emitted only for types that can reach an interface (jit/typedesc.cc):
// values whose methods are found only through a descriptor — fields, elements, map
// values, pointers, arrays of a value converted to an interface, assertions from
// interface{} to another interface, errors.As targets, sort.Sort on a value type.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Name struct{ first, last string }

func (n *Name) String() string { return strings.ToUpper(n.last) + ", " + n.first }

type Reading struct {
	Where string
	Temp  Celsius
	Who   *Name
	Hist  [2]Celsius
}

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Shape interface{ Area() float64 }
type Square struct{ s float64 }

func (q Square) Area() float64   { return q.s * q.s }
func (q Square) String() string  { return fmt.Sprint("square ", q.s) }
func find(k string) error        { return fmt.Errorf("lookup: %w", &NotFound{k}) }
func holder() interface{}        { return Square{3} }
func readings() map[string][]Reading {
	return map[string][]Reading{"a": {{"lab", 21.5, &Name{"Ada", "Lovelace"}, [2]Celsius{1, 2}}}}
}

func main() {
	r := Reading{"roof", -3.25, &Name{"Alan", "Turing"}, [2]Celsius{4, 5}}
	fmt.Println(r)
	fmt.Printf("%v %+v\n", &r, []Reading{r})
	fmt.Println(readings())
	fmt.Println([]Celsius{1, 2.5}, map[string]Celsius{"x": 7})
	var err error = find("k1")
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.key, err)
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)
	x := holder()
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer:", s.String())
	}
	if sh, ok := x.(Shape); ok {
		fmt.Println("area:", sh.Area())
	}
	ch := make(chan Celsius, 1)
	ch <- 36.6
	fmt.Println(<-ch)
}
