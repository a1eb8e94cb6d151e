// Type assertions with comma-ok to concrete and interface types.
package main

import "fmt"

type Named interface{ Name() string }
type Dog struct{}

func (Dog) Name() string { return "dog" }

func main() {
	var i interface{} = Dog{}
	n, ok := i.(Named)
	fmt.Println(n.Name(), ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	d, ok := i.(Dog)
	fmt.Println(d, ok)
	var e interface{}
	_, ok = e.(int)
	fmt.Println(ok)
	var num interface{} = 12
	v := num.(int) * 2
	fmt.Println(v)
	_, ok = num.(int64)
	fmt.Println(ok)
	var f fmt.Stringer
	_, ok = interface{}(f).(fmt.Stringer)
	fmt.Println(ok)
}
