// Calling a value-receiver method through a nil pointer, and recovering from it.
package main

import "fmt"

type T struct{ n int }

func (t T) Val() int { return t.n }

func main() {
	var p *T
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(p.Val())
	}()
	var f func()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}()
	var arr *[4]int
	fmt.Println(len(arr))
	fmt.Println(arr[1])
}
