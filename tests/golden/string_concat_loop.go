// Repeated string concatenation builds new strings; earlier values are unaffected.
package main

import "fmt"

func main() {
	s := ""
	var saved []string
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
		if i%3 == 0 {
			saved = append(saved, s)
		}
	}
	fmt.Println(s, saved)
	long := ""
	for i := 0; i < 3000; i++ {
		long += "xy"
	}
	fmt.Println(len(long), long[5990:])
	x := "ab"
	y := x
	x += "c"
	fmt.Println(x, y)
}
