// Which comes first, a run-time panic of a plain operand or a call next to it: the call
// (early) runs before index, deref and division checks; early operands (slice
// expressions, type assertions) panic before later calls.
package main

import "fmt"

type P struct{ x int }

func f(tag string) int { fmt.Println("called", tag); return 1 }

func try(name string, body func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	body()
}

func main() {
	t := []int{1, 2, 3}
	i := 5
	var p *P
	var m map[int]int
	zero := 0
	var e interface{} = 1
	try("index", func() { fmt.Println(t[i], f("index")) })
	try("nilderef", func() { fmt.Println(p.x, f("nilderef")) })
	try("divide", func() { fmt.Println(10/zero, f("divide")) })
	try("nilmap", func() { m[0] = f("nilmap") })
	try("lhsindex", func() { t[i] = f("lhsindex") })
	try("slice", func() { fmt.Println(t[:i], f("slice")) })
	try("assert", func() { fmt.Println(e.(string), f("assert")) })
	try("assertptr", func() { fmt.Println(e.(*P), f("assertptr")) })
	try("sum", func() { fmt.Println(t[i]+f("sum-a")+f("sum-b"), f("sum-c")) })
	fmt.Println(t[i-2]+f("last"), p.x)
}
