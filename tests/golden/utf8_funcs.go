// unicode/utf8: rune counts, decoding with sizes, validity, encoding; unicode classes.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneLen('世'), utf8.RuneLen('a'))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	last, lsize := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), lsize)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xc3"), utf8.FullRune([]byte{0xe4, 0xb8}))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(unicode.IsUpper('A'), unicode.IsLetter('é'), unicode.IsDigit('٣'), unicode.IsSpace('\t'), unicode.ToUpper('ß'), string(unicode.ToLower('Ä')))
}
