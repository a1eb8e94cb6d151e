// An unrecovered panic with a value of a named integer type prints main.Code(42); deferred calls run first.
package main

import "fmt"

type Code int

func main() {
	defer fmt.Println("deferred call runs before the report")
	panic(Code(42))
}
