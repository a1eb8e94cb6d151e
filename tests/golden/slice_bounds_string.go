// Slicing a string beyond its length: "slice bounds out of range [2:10] with length 4".
package main

import "fmt"

func main() {
	s := "abcd"
	lo, hi := 2, 10
	defer fmt.Println("deferred before crash")
	fmt.Println(s[lo:hi])
}
