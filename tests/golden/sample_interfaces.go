// interfaces.mgo — methods, interfaces, itabs and type switches.
//
// Run it:  mgo run samples/interfaces.mgo
// See the tables the JIT emits:  mgo ir samples/interfaces.mgo | grep -i itab
//
// Steps (docs/ABI.md "Interfaces"; runtime/abi.h TypeDesc, Itab, Iface, Eface):
//  1. A method is a function whose first parameter is its receiver: Rect.Area lowers to
//     a function (G*, ptr-to-Rect-copy) -> double; Circle's pointer method Scale takes
//     the pointer itself.
//  2. Assigning a Rect to a Shape builds a two-word Iface {tab, data}: tab points to the
//     itab for (Shape, Rect), a constant the JIT emits, whose fun[] holds Rect's Area and
//     Name in the order of Shape's method names; data points to a heap copy of the Rect
//     (only pointer-shaped values are stored in the data word directly).
//  3. s.Area() on an interface loads tab->fun[0] and calls it with the data word as the
//     receiver; for a value receiver that entry is a small wrapper that loads the Rect
//     from the pointer first.
//  4. *Circle satisfies Shape (its methods include the value methods of Circle);
//     Circle itself does not have Scale: a Circle value could not be a Scaler. An
//     assertion to another interface, shapes[0].(Scaler), is answered at run time:
//     mgo_rt_getitab (runtime/iface.cc) looks for the methods in the dynamic type's
//     TypeDesc and caches the itab it builds.
//  5. A type switch compares the TypeDesc pointer in the interface with each case's
//     descriptor (descriptors are unique, so identity is pointer equality); a case of
//     an interface type asks whether the dynamic type has the methods.
//  6. fmt calls String() when a value has it: fmt's C++ half finds the method by name
//     in the TypeDesc's method table.
//
// Expected output:
//   rect 3x4: area 12.00
//   circle r=1.0: area 3.14
//   circle r=2.0: area 12.57
//   total area 27.71
//   Rect is not a Scaler
//   *Circle scaled to r=4.0
//   a string of length 5
//   something else: 7
//   a shape: circle r=4.0
//   Rect(3x4)

package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Scaler interface {
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64  { return r.W * r.H }
func (r Rect) Name() string   { return fmt.Sprintf("rect %gx%g", r.W, r.H) }
func (r Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Circle struct{ R float64 }

func (c Circle) Area() float64    { return 3.14159265358979 * c.R * c.R }
func (c Circle) Name() string     { return fmt.Sprintf("circle r=%.1f", c.R) }
func (c *Circle) Scale(f float64) { c.R *= f } // step 1: pointer receiver

func describe(x interface{}) string {
	switch v := x.(type) { // step 5
	case string:
		return fmt.Sprintf("a string of length %d", len(v))
	case Shape:
		return "a shape: " + v.Name()
	default:
		return fmt.Sprintf("something else: %v", v)
	}
}

func main() {
	c := &Circle{R: 2}
	shapes := []Shape{Rect{3, 4}, Circle{1}, c} // step 2: three itabs
	total := 0.0
	for _, s := range shapes {
		a := s.Area() // step 3: call through tab->fun
		fmt.Printf("%s: area %.2f\n", s.Name(), a)
		total += a
	}
	fmt.Printf("total area %.2f\n", total)

	// Step 4: a type assertion to another interface.
	if _, ok := shapes[0].(Scaler); !ok {
		fmt.Println("Rect is not a Scaler")
	}
	if sc, ok := shapes[2].(Scaler); ok {
		sc.Scale(2)
		fmt.Printf("*Circle scaled to r=%.1f\n", c.R)
	}

	fmt.Println(describe("hello"))
	fmt.Println(describe(7))
	fmt.Println(describe(c))
	fmt.Println(Rect{3, 4}) // step 6: String()
}
