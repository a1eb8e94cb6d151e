// Ranging over a string yields byte offsets and runes; invalid UTF-8 gives U+FFFD width 1.
package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i, r := range s {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Printf("%d %U\n", i, r)
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s))
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
}
