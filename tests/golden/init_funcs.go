// init functions run after package variables are initialised, in source order, before main.
package main

import "fmt"

var order []string

var v = record("var v")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	record("init 1")
	fmt.Println("first init, v =", v)
}

func init() {
	record("init 2")
	fmt.Println("second init")
}

func main() {
	record("main")
	fmt.Println(order)
}

func init() {
	record("init 3")
}
