// Conversions between strings, []rune and []byte, and rune arithmetic.
package main

import "fmt"

func main() {
	r := []rune("日本語")
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(string(r), len(r), len(string(r)))
	up := []byte("shout")
	for i := range up {
		up[i] -= 'a' - 'A'
	}
	fmt.Println(string(up))
	var c rune = 'a'
	for i := 0; i < 5; i++ {
		fmt.Print(string(c + rune(i)))
	}
	fmt.Println()
	fmt.Println(string([]rune{72, 105, 0x1F600}))
	fmt.Println([]byte("é"), []rune("é"))
}
