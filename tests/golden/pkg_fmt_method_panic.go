// fmt's catchPanic: a String, Error or GoString method that panics prints
// "%!v(PANIC=String method: VALUE)" (default flags, the verb of the operand), and a nil
// pointer receiver prints "<nil>" whatever made it panic; a panic while printing the
// panic value itself propagates. Verbs that do not call methods (%d) are not affected.
package main

import (
	"errors"
	"fmt"
	"os"
)

type P struct{ x int }

func (p *P) String() string {
	if p.x == 1 {
		panic("boom")
	}
	return fmt.Sprint("P", p.x)
}

type E struct{}

func (E) Error() string { panic(errors.New("bad error")) }

type V int

func (v V) String() string { panic(fmt.Sprintf("V%d", int(v))) }

type N struct{}

func (n *N) String() string { return "N" }

type M struct{ m map[string]int }

func (s M) String() string {
	s.m["x"] = 1
	return "M"
}

type G struct{}

func (G) GoString() string { panic(42) }

// Nested: the panic value is a Stringer that panics too.
type Bad struct{}

func (Bad) String() string { panic(Bad{}) }

type Outer struct{}

func (Outer) String() string { return "outer(" + fmt.Sprint(&P{1}) + ")" }

type Q struct {
	P *P
	V V
}

func main() {
	var np *P
	fmt.Println(np)
	fmt.Printf("%v|%s|%d|%x|%q|%10v|\n", np, np, np, np, np, np)
	fmt.Println(&P{1}, &P{2})
	fmt.Printf("[%v] [%s] [%d] [%10v] [%-8q] [%x]\n", &P{1}, &P{1}, &P{1}, &P{1}, &P{1}, &P{1})
	fmt.Println(E{})
	fmt.Printf("%v %s %d\n", E{}, E{}, E{})
	fmt.Println(V(3), []V{1, 2})
	fmt.Println(map[V]int{7: 1})
	fmt.Printf("%+v %v\n", Q{np, 5}, []*P{nil, {1}, {3}})
	var nn *N
	fmt.Println(nn)
	fmt.Println(M{})
	fmt.Printf("%#v %v\n", G{}, G{})
	fmt.Println(Outer{})
	fmt.Println(fmt.Errorf("wrap: %w", E{}).Error() != "")
	var s fmt.Stringer = np
	fmt.Println(s)
	fmt.Fprintln(os.Stderr, "to stderr:", &P{1})
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(Bad{})
	}()
	fmt.Println(V(-1), "after")
}
