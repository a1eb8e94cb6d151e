// Interface equality: same dynamic type and equal values; different types are unequal; struct values.
package main

import "fmt"

type P struct{ X, Y int }
type Q int

func main() {
	var a, b interface{} = P{1, 2}, P{1, 2}
	fmt.Println(a == b)
	b = P{2, 1}
	fmt.Println(a == b)
	var x interface{} = 3
	var y interface{} = Q(3)
	var z interface{} = int64(3)
	fmt.Println(x == y, x == z, y == Q(3))
	var s fmt.Stringer
	var e interface{} = s
	fmt.Println(e == nil)
	arr := [2]interface{}{1, "a"}
	fmt.Println(arr == [2]interface{}{1, "a"})
	var n1, n2 interface{}
	fmt.Println(n1 == n2)
	pa := &P{}
	var i1, i2 interface{} = pa, pa
	fmt.Println(i1 == i2)
	m := map[interface{}]int{}
	m[P{1, 1}]++
	m[P{1, 1}]++
	fmt.Println(m[P{1, 1}])
}
