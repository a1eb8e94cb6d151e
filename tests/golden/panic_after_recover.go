// A new panic inside a deferred function after recover: the recovered panic is still listed first, marked [recovered].
package main

import "fmt"

func main() {
	var i interface{}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var e interface{}
		_ = e.(fmt.Stringer)
	}()
	_ = i.(int)
}
