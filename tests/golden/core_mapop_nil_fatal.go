package main

import "fmt"

// An unrecovered m[k]++ on a nil map: the right side is evaluated first, then
// the assignment panics (and the program exits with status 2).
func main() {
	var m map[string]int
	fmt.Println("before", len(m))
	m[func() string { fmt.Println("key"); return "k" }()] += func() int { fmt.Println("value"); return 1 }()
	fmt.Println("not reached")
}
