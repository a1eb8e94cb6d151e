// Slicing, three-index slices, copy, nil vs empty slices, slices of slices.
package main

import "fmt"

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:4]
	fmt.Println(s, len(s), cap(s))
	s = s[1:5]
	fmt.Println(s, len(s), cap(s))
	t := a[2:3:4]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println(a)
	t = append(t, 100)
	t[0] = -1
	fmt.Println(a, t)
	dst := make([]int, 3)
	n := copy(dst, a[:])
	fmt.Println(n, dst)
	n = copy(a[1:], a[:])
	fmt.Println(n, a)
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, 1)
	fmt.Println(nilS)
	matrix := make([][]string, 3)
	for i := range matrix {
		matrix[i] = make([]string, i+1)
		for j := range matrix[i] {
			matrix[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(matrix)
	ptr := &a
	fmt.Println(ptr[2:], len(ptr))
}
