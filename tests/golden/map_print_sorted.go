// fmt prints maps with keys sorted: ints, strings, floats, bools, nested maps.
package main

import "fmt"

func main() {
	m := map[string]int{"zebra": 1, "apple": 2, "mango": 3, "": 0}
	fmt.Println(m)
	fmt.Printf("%v\n", map[int]string{10: "ten", -5: "minus", 3: "three"})
	fmt.Printf("%v\n", map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[string][]int{"b": {1, 2}, "a": nil})
	fmt.Println(map[string]map[string]int{"x": {"z": 1, "y": 2}, "w": {}})
	fmt.Printf("%d\n", map[int]int{3: 9, 1: 1, 2: 4})
	fmt.Println(map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"})
	var empty map[string]int
	fmt.Println(empty, map[int]int{})
}
