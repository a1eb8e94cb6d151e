// Asserting on a nil interface panics: "interface conversion: interface {} is nil, not int".
package main

import "fmt"

func main() {
	var i interface{}
	fmt.Println("asserting")
	_ = i.(int)
}
