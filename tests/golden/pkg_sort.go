// Package sort edge cases: empty and one-element slices, Search on missing values,
// stability, reverse, custom Interface, IsSorted, NaN in Float64s.
package main

import (
	"fmt"
	"math"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type person struct {
	name string
	age  int
}

func main() {
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted(empty), sort.SearchInts(empty, 3))
	one := []int{7}
	sort.Ints(one)
	fmt.Println(one, sort.SearchInts(one, 7), sort.SearchInts(one, 8), sort.SearchInts(one, -1))
	a := []int{5, 2, 6, 3, 1, 4, -10, 1 << 62, 0, 2}
	sort.Ints(a)
	fmt.Println(a, sort.IntsAreSorted(a))
	fmt.Println(sort.SearchInts(a, 2), sort.SearchInts(a, 7), sort.SearchInts(a, -100), sort.SearchInts(a, 1<<63-1))
	sort.Sort(sort.Reverse(sort.IntSlice(a)))
	fmt.Println(a, sort.IntsAreSorted(a), sort.IsSorted(sort.Reverse(sort.IntSlice(a))))
	f := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), -0.5}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f), sort.SearchFloat64s(f, 0))
	s := []string{"peach", "", "Banana", "apple", "äpfel", "apple pie", "Apple"}
	sort.Strings(s)
	fmt.Printf("%q %v %d %d\n", s, sort.StringsAreSorted(s), sort.SearchStrings(s, "apple"), sort.SearchStrings(s, "zzz"))
	words := byLen{"ccc", "a", "bb", "dd", "e", "fff", "", "gg"}
	sort.Stable(words)
	fmt.Printf("%q\n", []string(words))
	people := []person{{"Gopher", 7}, {"Alice", 55}, {"Vera", 24}, {"Bob", 75}, {"Eve", 24}, {"Zed", 55}, {"Ann", 7}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name < people[j].name }))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i, sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }))
	guess := 37
	n := sort.Search(100, func(i int) bool { return i >= guess })
	fmt.Println(n)
	big := make([]int, 300)
	for k := range big {
		big[k] = (k * 7919) % 301
	}
	sort.Ints(big)
	fmt.Println(big[0], big[1], big[150], big[299], sort.IntsAreSorted(big))
	st := make([]person, 50)
	for k := range st {
		st[k] = person{fmt.Sprint(k), k % 3}
	}
	sort.SliceStable(st, func(i, j int) bool { return st[i].age > st[j].age })
	fmt.Println(st[:5], st[16:19], st[45:])
}
