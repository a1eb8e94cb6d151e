// Indexing a string past its end panics like a slice.
package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s)
	fmt.Println(s[n-1])
	fmt.Println(s[n])
}
