// fmt scanning beyond the basics: widths (%3d, %2s, %4f: at most that many runes for the
// operand), %q (double- and back-quoted literals, strconv.Unquote's errors), %x strings,
// operands of defined types (*Celsius, *Name, named []byte: Go's reflect path), complex
// numbers ("(1+2i)", "1-2.5i", named complex types, Go's syntax error text), operands
// that are not pointers ("type not a pointer: int"), and finally a nil operand, which
// panics in Go's reflect (the program ends there with Go's message).
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Count uint16
type Level int8
type Name string
type Blob []byte
type Flag bool
type Pair struct{ A, B int }
type C128 complex128
type C64 complex64

func main() {
	var a, b int
	var s, t string
	var f float64
	show := func(n int, err error, v ...interface{}) { fmt.Println(append([]interface{}{n, err}, v...)...) }

	n, err := fmt.Sscanf("12345 678", "%3d%d", &a, &b)
	show(n, err, a, b)
	n, err = fmt.Sscanf("abcdef", "%2s%3s", &s, &t)
	show(n, err, s, t)
	n, err = fmt.Sscanf("3.14159", "%4f", &f)
	show(n, err, f)
	n, err = fmt.Sscanf("  42", "%5d", &a)
	show(n, err, a)
	n, err = fmt.Sscanf("-123", "%2d", &a)
	show(n, err, a)
	n, err = fmt.Sscanf("ab12", "%1s%1s%d", &s, &t, &a)
	show(n, err, s, t, a)
	n, err = fmt.Sscanf("1234567", "%0d", &a)
	show(n, err, a)
	n, err = fmt.Sscanf("12", "%99999999999d", &a)
	show(n, err, a)
	n, err = fmt.Sscanf("héllo wörld", "%3s%s", &s, &t)
	show(n, err, s, t)
	var r rune
	n, err = fmt.Sscanf("éa", "%1c%c", &r, &a)
	show(n, err, r, a)

	n, err = fmt.Sscanf(`"hello world" x`, "%q %s", &s, &t)
	show(n, err, s, t)
	n, err = fmt.Sscanf("`raw str` y", "%q %s", &s, &t)
	show(n, err, s, t)
	n, err = fmt.Sscanf(`"bad`, "%q", &s)
	show(n, err)
	n, err = fmt.Sscanf(`"a\tb\u00e9\"q\\"`, "%q", &s)
	fmt.Printf("%d %v %q\n", n, err, s)
	n, err = fmt.Sscanf(`"\z"`, "%q", &s)
	show(n, err)
	n, err = fmt.Sscanf(`plain`, "%q", &s)
	show(n, err)
	n, err = fmt.Sscanf("68656c6c6f zz", "%x %x", &s, &t)
	show(n, err, s)
	n, err = fmt.Sscanf("6g", "%x", &s)
	show(n, err)
	var bs []byte
	n, err = fmt.Sscanf("414243", "%X", &bs)
	show(n, err, string(bs))

	var c Celsius
	var cnt Count
	var lv Level
	var nm Name
	var bl Blob
	var fl Flag
	n, err = fmt.Sscan("36.6 65535 -128 gopher blob true", &c, &cnt, &lv, &nm, &bl, &fl)
	show(n, err, c, cnt, lv, nm, string(bl), fl)
	n, err = fmt.Sscan("65536", &cnt)
	show(n, err, cnt)
	n, err = fmt.Sscan("200", &lv)
	show(n, err, lv)
	n, err = fmt.Sscanf("0x1F", "%v", &cnt)
	show(n, err, cnt)
	n, err = fmt.Sscanf("1.5", "%d", &c)
	show(n, err, c)
	var p Pair
	n, err = fmt.Sscan("1", &p)
	show(n, err)
	n, err = fmt.Sscan("5", a)
	show(n, err)
	n, err = fmt.Sscanf("5", "%d", c)
	show(n, err)
	n, err = fmt.Sscanln("5", s)
	show(n, err)

	var z complex128
	var z64 complex64
	var zc C128
	var zd C64
	for _, in := range []string{"(1+2i)", "1-2.5i", "(1e3+NaNi)", "3+Infi", "(1+2i", "1+2", "1", "-0-0i", "(0x1p2+1e-1i)", "+1+1i"} {
		n, err = fmt.Sscan(in, &z)
		show(n, err, in, z)
	}
	n, err = fmt.Sscan("1.5+2.25i (3-4i) 5+6i", &z64, &zc, &zd)
	show(n, err, z64, zc, zd)
	n, err = fmt.Sscanf("(1+1i)", "%d", &z)
	show(n, err)
	n, err = fmt.Sscanf("(1+1i)", "%g", &zc)
	show(n, err, zc)
	n, err = fmt.Sscanf("1e40+1i", "%v", &z64)
	show(n, err, z64)

	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	show(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	show(n, err)
	n, err = fmt.Fscanf(strings.NewReader("777777 x"), "%3d%3d %s", &a, &b, &s)
	show(n, err, a, b, s)

	n, err = fmt.Sscan("5", nil)
	show(n, err)
}
