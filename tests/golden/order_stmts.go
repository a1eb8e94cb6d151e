// Operand evaluation order per statement kind: each statement evaluates its calls (and
// other early operands) first, then its plain reads and the locations it assigns.
package main

import "fmt"

var n int

func bump() int { n++; return 100 }

func two() (int, int) { n++; return n, 200 }

func ret1() int {
	n = 0
	return n + bump()
}

func ret2() (int, int) {
	n = 0
	return n, bump()
}

func ret3() (x, y int) {
	n = 0
	x = 5
	return n, func() int { n = 7; return 0 }()
}

type S struct{ f int }

func main() {
	// Assignments: the right side's calls come before the left side's index.
	a := []int{0, 0, 0, 0}
	n = 0
	a[n] = bump()
	fmt.Println(a)
	a = []int{0, 0, 0, 0}
	n = 0
	a[n], a[n+1] = n, bump()
	fmt.Println(a)
	a = []int{0, 0, 0, 0}
	n = 0
	a[n], a[n+2] = two()
	fmt.Println(a)
	m := map[int]int{}
	n = 0
	m[n] = bump()
	fmt.Println(m)
	n = 0
	x, y := n, bump()
	fmt.Println(x, y)
	n = 0
	var v1, v2 = n, bump()
	fmt.Println(v1, v2)
	n = 0
	var v3 = n + bump()
	fmt.Println(v3)
	ps := &S{}
	n = 0
	ps.f = n + bump()
	fmt.Println(ps.f)

	// Op-assignments and inc/dec.
	a = []int{0, 0, 0, 0}
	n = 0
	a[n] += bump()
	fmt.Println(a)
	n = 0
	n += bump()
	fmt.Println(n)
	a = []int{0, 0, 0, 0}
	n = 0
	a[bump()-100]++
	fmt.Println(a, n)

	// Returns.
	fmt.Println(ret1())
	fmt.Println(ret2())
	fmt.Println(ret3())

	// Conditions: if, for, switch tag and cases.
	n = 0
	if n+bump() == 101 {
		fmt.Println("if: call first")
	} else {
		fmt.Println("if: left to right")
	}
	n = 0
	cnt := 0
	for n+bump() < 103 {
		cnt++
	}
	fmt.Println("for", cnt, n)
	n = 0
	switch n + bump() {
	case 101:
		fmt.Println("switch: call first")
	case 100:
		fmt.Println("switch: left to right")
	}
	n = 0
	switch 101 {
	case n + 100:
		fmt.Println("case n+100")
	case n + bump():
		fmt.Println("case n+bump()")
	}
	n = 0
	switch {
	case n == 1:
		fmt.Println("n==1 first")
	case bump() == 100 && n == 1:
		fmt.Println("bump then n==1")
	}
	var e interface{} = 1
	switch v := func() interface{} { e = "s"; return e }().(type) {
	case string:
		fmt.Println("type switch string", v, e)
	default:
		fmt.Println("type switch other", v)
	}

	// Range: the range expression's calls come before its plain reads.
	n = 0
	arr := []int{10, 20, 30}
	for i, v := range arr[n : bump()-98] {
		fmt.Println("range", i, v)
	}

	// Send: the value's calls before its reads.
	ch := make(chan int, 1)
	n = 0
	ch <- n + bump()
	fmt.Println(<-ch)

	// Expression statements.
	n = 0
	fmt.Println(n, bump())

	// go and defer evaluate their arguments left to right.
	n = 0
	done := make(chan bool)
	go func(a, b, c int) { fmt.Println("go", a, b, c); done <- true }(n, bump(), n)
	<-done
	n = 0
	defer fmt.Println("defer", n, bump(), n)
	// ... each argument (each variadic element too) as a statement of its own.
	n = 0
	defer fmt.Println("d1", n+bump(), n)
	n = 0
	defer fmt.Println("d2", []int{n, bump()}, n)
	sv := sval{1}
	defer sv.show(func() int { sv.c = 5; return 0 }())
	n = 0
	defer func(a, b int) { fmt.Println("d3", a, b) }(n*1, bump())
	n = 0
}

type sval struct{ c int }

func (s sval) show(a int) { fmt.Println("show", s.c, a) }
