// Package unicode/utf8 edge cases: invalid and truncated sequences, surrogates, overlong
// encodings, runes out of range, counting and validating, decoding backwards.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "é", "世", "😀", "\xff", "\xc0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "\xe4\xb8", "a\xffb", "\x80", "\xf8\x88\x80\x80\x80", "\xef\xbf\xbd"} {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		br, bn := utf8.DecodeRune([]byte(s))
		fmt.Printf("%+q: first %U/%d last %U/%d bytes %U/%d count %d valid %t full %t\n", s, r, n, lr, ln, br, bn,
			utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s))
	}
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff, 0xfffd} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%#x: len %d enc % x valid %t app %q\n", r, utf8.RuneLen(r), buf[:n], utf8.ValidRune(r), utf8.AppendRune([]byte("<"), r))
	}
	b := []byte("Hello, 世界")
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		fmt.Printf("%c%d ", r, size)
		b = b[:len(b)-size]
	}
	fmt.Println()
	fmt.Println(utf8.RuneCount([]byte("a\xff\xfe世")), utf8.Valid([]byte("a\xffb")), utf8.Valid(nil), utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xff}))
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0xb8), utf8.RuneStart(0xe4), utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	for i, r := range "a\xffé\xe4\xb8世" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Println([]rune("a\xff\xe4\xb8b"), string([]rune{0x61, -1, 0xd800, 0x10ffff + 1}) == "a\uFFFD\uFFFD\uFFFD", string(rune(0x110000)) == "\uFFFD")
}
