// A failed type assertion without comma-ok panics with Go's interface conversion message.
package main

import "fmt"

func main() {
	var i interface{} = "hello"
	fmt.Println(i.(string))
	n := i.(int)
	fmt.Println(n)
}
