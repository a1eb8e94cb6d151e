// strings.Builder: WriteString, WriteByte, WriteRune, Len, String, Reset; fmt.Fprintf into it.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
	}
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	fmt.Fprintf(&b, "|%d|%s", 42, "x")
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	var big strings.Builder
	for i := 0; i < 10000; i++ {
		big.WriteString("0123456789")
	}
	s := big.String()
	fmt.Println(len(s), s[99995:])
	n, err := b.WriteString("abc")
	fmt.Println(n, err, b.String())
}
