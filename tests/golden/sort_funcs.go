// Package sort: Ints, Strings, Slice with distinct keys, SliceStable with equal keys, Search.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, -1, 9, 3, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	ss := []string{"pear", "Apple", "fig", "apple"}
	sort.Strings(ss)
	fmt.Println(ss)
	people := []person{{"ann", 30}, {"bob", 25}, {"cy", 35}, {"dee", 25}, {"eve", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	i := sort.SearchInts(xs, 8)
	fmt.Println(i, xs[i], sort.SearchInts(xs, 4))
	j := sort.Search(100, func(k int) bool { return k*k >= 50 })
	fmt.Println(j)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
}
