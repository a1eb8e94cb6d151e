// Pointers: address-of, dereference, new, pointers to fields and elements, pointer to pointer.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func set(p *int, v int) { *p = v }

func main() {
	x := 1
	p := &x
	*p = 2
	set(&x, 3)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	*q += 7
	fmt.Println(*q)
	arr := []int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	type pair struct{ a, b int }
	pr := pair{1, 2}
	pb := &pr.b
	*pb = 9
	fmt.Println(pr)
	pp := &p
	**pp = 42
	fmt.Println(x)
	var head *node
	for i := 1; i <= 5; i++ {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	var np *node
	fmt.Println(np == nil)
	f := func() *int { v := 5; return &v }
	a, b := f(), f()
	*a = 6
	fmt.Println(*a, *b, a != b)
}
