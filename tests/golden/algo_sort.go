// Hand-written sorts (insertion, quicksort, merge) over ints and strings; checks they agree.
package main

import "fmt"

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func merge(a []string) []string {
	if len(a) <= 1 {
		return a
	}
	l, r := merge(a[:len(a)/2]), merge(a[len(a)/2:])
	out := make([]string, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func main() {
	seed := uint32(12345)
	rnd := func() int { seed = seed*1664525 + 1013904223; return int(seed >> 16 % 1000) }
	a := make([]int, 2000)
	for i := range a {
		a[i] = rnd()
	}
	b := append([]int(nil), a...)
	insertion(a)
	quick(b)
	same := true
	for i := range a {
		if a[i] != b[i] {
			same = false
		}
	}
	fmt.Println(same, a[:10], a[1990:])
	words := []string{"pear", "apple", "fig", "banana", "cherry", "date", "apple"}
	fmt.Println(merge(words), words)
}
