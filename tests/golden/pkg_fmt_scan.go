// fmt scanning edge cases: Sscan across newlines, Sscanln stopping at a newline, Sscanf
// with literal text and widths, errors for bad input and for too few operands, EOF,
// scanning into different types, Fscan from a Reader.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20\n  word 2.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	var u uint
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 0b11 0o17 017 -0x10", &a, &b, &i8, &u, &f)
	fmt.Println(n, err, a, b, i8, u, f)
	var bo bool
	var r rune
	n, err = fmt.Sscan("true 7", &bo, &r)
	fmt.Println(n, err, bo, r)
	n, err = fmt.Sscan("maybe", &bo)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e3 inf -Inf", &f, &f, &f)
	fmt.Println(n, err, f)

	var name string
	var age int
	n, err = fmt.Sscanf("Name: Gopher Age: 13", "Name: %s Age: %d", &name, &age)
	fmt.Println(n, err, name, age)
	n, err = fmt.Sscanf("Name: Gopher Years: 13", "Name: %s Age: %d", &name, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ff 101 17", "%x %b %o", &a, &b, &u)
	fmt.Println(n, err, a, b, u)
	n, err = fmt.Sscanf("(3, -4)", "(%d, %d)", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%c%c", &r, &a)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscanf("7%", "%d%%", &a)
	fmt.Println(n, err, a)

	rd := strings.NewReader("3\n1 2 3\nend")
	var count int
	fmt.Fscan(rd, &count)
	sum := 0
	for k := 0; k < count; k++ {
		var v int
		fmt.Fscan(rd, &v)
		sum += v
	}
	var tail string
	n, err = fmt.Fscan(rd, &tail)
	fmt.Println(count, sum, tail, n, err)
	n, err = fmt.Fscan(rd, &tail)
	fmt.Println(n, err)

	rd = strings.NewReader("a b\nc d\n")
	var x, y string
	for {
		n, err := fmt.Fscanln(rd, &x, &y)
		if err != nil {
			fmt.Println("stop:", n, err)
			break
		}
		fmt.Println(x + y)
	}
}
