// Typed vs untyped constants: default types, conversions, shifts of untyped constants.
package main

import "fmt"

type Celsius float64
type ID int32

const Boiling Celsius = 100
const MaxID ID = 1<<31 - 1

func main() {
	var x = 1 << 3
	fmt.Printf("%T %v\n", x, x)
	var y = 2.0
	fmt.Printf("%T %v\n", y, y)
	var r = 'x'
	fmt.Printf("%T %v\n", r, r)
	var z = 1 + 2i
	fmt.Printf("%T %v\n", z, z)
	fmt.Printf("%T %v\n", Boiling, Boiling)
	fmt.Printf("%T %v\n", Boiling/3, Boiling/3)
	fmt.Printf("%T %v\n", MaxID, MaxID)
	var f32 float32 = 1.0 / 3
	fmt.Println(f32)
	var s uint = 3
	var i64 int64 = 1 << s
	fmt.Println(i64)
	fmt.Println(5.0 == 5, 'a' == 97)
}
