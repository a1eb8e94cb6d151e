// append grows capacity as Go 1.19 does (growslice + size classes); aliasing of the backing array.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	var b []byte
	last = -1
	for i := 0; i < 5000; i++ {
		b = append(b, 'x')
		if cap(b) != last {
			fmt.Print(cap(b), " ")
			last = cap(b)
		}
	}
	fmt.Println()
	x := make([]int, 3, 10)
	y := append(x, 4)
	z := append(x, 5)
	fmt.Println(y[3], z[3], len(x), len(y))
	full := []int{1, 2, 3}
	p := append(full, 4)
	q := append(full, 5)
	p[0] = 100
	fmt.Println(full, p, q)
	m := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(m), cap(m))
	m2 := append(m[:2], m[3:]...)
	fmt.Println(m2, m)
	strs := append([]string{}, "a")
	strs = append(strs, "b", "c")
	fmt.Println(strs, len(strs), cap(strs))
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
}
