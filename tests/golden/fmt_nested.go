// fmt's %v, %+v and %#v on nested structs, slices, maps, pointers-to-struct and arrays.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	Tags  map[string]int
	Arr   [2]bool
	Any   interface{}
	Empty []int
}

func main() {
	o := Outer{
		Name: "top",
		In:   Inner{1, "x"},
		Ptr:  &Inner{2, "y"},
		List: []Inner{{3, "z"}},
		Tags: map[string]int{"b": 2, "a": 1},
		Arr:  [2]bool{true, false},
		Any:  Inner{4, "w"},
	}
	s := fmt.Sprintf("%v", o)
	fmt.Println(s[:len("{top {1 x} 0x")])
	o.Ptr = nil
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%#v\n", o.Tags)
	fmt.Printf("%v %+v\n", &o.In, &o.In)
	fmt.Printf("%#v %#v %#v\n", []string{"a"}, [2]int{1, 2}, map[int]bool{})
	fmt.Println([]interface{}{1, "a", nil, 2.5, []int{}})
	fmt.Printf("%v|%s|%d\n", [][]int{{1}, {2, 3}}, []string{"p", "q"}, [3]int{7, 8, 9})
	fmt.Printf("%#v\n", struct {
		X int
		y string
	}{1, "q"})
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	fmt.Printf("%T %T %T %T\n", o, &o, o.Tags, o.Any)
}
