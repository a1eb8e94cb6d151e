// Deferred calls run last-in first-out at function return; arguments evaluated at defer time.
package main

import "fmt"

func run() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 20
	fmt.Println("body done")
}

type res struct{ name string }

func (r *res) Close() { fmt.Println("close", r.name) }

func open(name string) *res { fmt.Println("open", name); return &res{name} }

func main() {
	run()
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	fmt.Println("main end")
}
