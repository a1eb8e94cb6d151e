// Map keys of struct, array, pointer-free composite and interface types; maps of slices.
package main

import "fmt"

type key struct {
	name string
	n    int
}

func main() {
	m := map[key]int{}
	m[key{"a", 1}] = 10
	m[key{"a", 2}] = 20
	m[key{"a", 1}] += 5
	fmt.Println(len(m), m[key{"a", 1}], m[key{"b", 1}])
	arr := map[[3]int]bool{{1, 2, 3}: true}
	fmt.Println(arr[[3]int{1, 2, 3}], arr[[3]int{3, 2, 1}])
	im := map[interface{}]string{1: "int", "1": "string", 1.0: "float", true: "bool", key{"k", 0}: "struct"}
	fmt.Println(im[1], im["1"], im[1.0], im[true], im[key{"k", 0}], len(im))
	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		groups[w[:1]] = append(groups[w[:1]], w)
	}
	fmt.Println(groups)
	type pair struct{ a, b interface{} }
	pm := map[pair]int{{1, "x"}: 1}
	fmt.Println(pm[pair{1, "x"}], pm[pair{"x", 1}])
}
