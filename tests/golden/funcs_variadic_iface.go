// Variadic ...interface{} parameters: forwarding with args..., empty calls, mixed types.
package main

import "fmt"

func logf(prefix string, args ...interface{}) string {
	return prefix + fmt.Sprint(len(args)) + ":" + fmt.Sprintln(args...)
}

func wrap(args ...interface{}) []interface{} { return args }

func main() {
	fmt.Print(logf("a"))
	fmt.Print(logf("b", 1, "two", 3.0, nil, []int{4}))
	xs := []interface{}{true, 'x'}
	fmt.Print(logf("c", xs...))
	w := wrap(xs)
	fmt.Println(len(w), len(wrap(xs...)), wrap() == nil)
	fmt.Println(xs...)
}
