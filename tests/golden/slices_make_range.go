// make with length and capacity, range over slices by index and value (value is a copy).
package main

import "fmt"

type point struct{ x, y int }

func main() {
	s := make([]int, 5)
	for i := range s {
		s[i] = i * i
	}
	fmt.Println(s, len(s), cap(s))
	pts := []point{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.x = 100
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].x = 100
	}
	fmt.Println(pts)
	nums := []int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums = append(nums, 4)
			nums[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(nums)
	ps := []*point{{5, 6}, {7, 8}}
	for _, p := range ps {
		p.y = 0
	}
	fmt.Println(*ps[0], *ps[1])
	sum := 0
	for _, v := range make([]int, 1000) {
		sum += v + 1
	}
	fmt.Println(sum)
}
