// fmt on nil and zero values: nil slices, maps, pointers, funcs, interfaces, errors, channels.
package main

import "fmt"

type T struct {
	P *int
	S []string
	M map[string]int
	E error
	I interface{}
	F func()
	C chan int
}

func main() {
	var s []int
	var m map[int]bool
	var p *T
	var e error
	var i interface{}
	var f func()
	var c chan string
	fmt.Println(s, m, p, e, i, f == nil, c)
	fmt.Printf("%v %v %v %v %v\n", s, m, p, e, i)
	fmt.Printf("%d %s %+v\n", s, s, m)
	fmt.Printf("%+v\n", T{})
	fmt.Printf("%#v %#v %#v\n", s, m, i)
	fmt.Printf("%T %T %T %T\n", s, m, p, i)
	fmt.Println([]string{}, map[string]int{}, struct{}{}, [0]int{})
	fmt.Printf("%q %v %x\n", []string{}, "", "")
}
