// Inverted slice bounds: "slice bounds out of range [3:2]".
package main

import "fmt"

func main() {
	s := []byte("abcdef")
	lo, hi := 3, 2
	fmt.Println(string(s[hi:lo]))
	fmt.Println(string(s[lo:hi]))
}
