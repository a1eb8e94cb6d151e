// Strings: indexing bytes, slicing, concatenation, comparison, immutability via copies.
package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7:], s[:5], s[3:8])
	fmt.Println(s[len(s)-1] == 'd')
	t := s + "!"
	t += "?"
	fmt.Println(t)
	fmt.Println("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "x" == "x")
	fmt.Println("a" > "A", "zz" >= "z", "é" > "z")
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(s, string(b))
	raw := `raw\n
line`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\there", "quote\"", "\u00e9\U0001F600\x41\101")
	var empty string
	fmt.Println(empty == "", len(empty))
	sub := s[5:5]
	fmt.Println(len(sub), sub == "")
}
