// fmt printing edge cases from the package documentation: wrong argument counts and types
// (%!d(string=hi), %!(EXTRA ...), %!d(MISSING)), argument indexes, * widths (BADWIDTH,
// BADPREC), NaN/Inf with flags, %x/%q/%U on strings and runes, invalid UTF-8, nil values.
package main

import (
	"errors"
	"fmt"
	"math"
)

type pt struct {
	X, Y int
	name string
}

type str string

func (s str) String() string { return "str(" + string(s) + ")" }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%z %!\n", 3)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]d %[0]d %[x]d\n", 1, 2)
	fmt.Printf("%[1]*d|%-*d|%.*f\n", 5, 42, 3, 7, 2, math.Pi)
	fmt.Printf("%*d|%.*d\n", "w", 1, "p", 2)
	fmt.Printf("%*d|\n", -6, 12)
	fmt.Printf("%10000000d\n", 1)
	fmt.Println()
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 1e-7, 123456.789} {
		fmt.Printf("[%v|%5.1f|%+.2e|%08.3f|%-8g|% g|%x|%G]\n", f, f, f, f, f, f, f, f)
	}
	fmt.Printf("%x|% x|%X|%#x|% #X|%q|%+q|%#q|%U|%#U|%c\n", "héllo", "hi", []byte("ab"), "ab", "ab", "a\"b\xff", "é", "back`q", 'é', '⌘', 0x1F600)
	fmt.Printf("%q %q %c %U\n", 'x', rune(-1), -1, rune(0x110000))
	fmt.Printf("%5s|%-5s|%.2s|%5.1s|%05d|%-05d|%+d|% d|%x|%o|%#o|%O|%b\n", "abc", "ab", "日本語", "xyz", -42, 7, 5, 5, -255, 8, 8, 8, 5)
	fmt.Printf("%t %v %08b %3c| %-4q|\n", true, false, 5, 'x', 'y')
	fmt.Printf("%v %+v %#v %T\n", pt{1, 2, "p"}, pt{1, 2, "p"}, pt{1, 2, "p"}, pt{})
	fmt.Printf("%v %d %s %#v %T\n", []int{1, 2}, []string{"a"}, []string{"a", "b"}, []string{"a"}, map[string]int{})
	fmt.Printf("%v %#v %v %#v\n", map[string]int{"b": 2, "a": 1}, map[int]bool{2: true, 1: false}, [2]bool{}, [0]int{})
	var np *pt
	var ne error
	var ni interface{}
	var ns []int
	var nm map[string]int
	fmt.Printf("%v %v %v %v %v %d %s\n", np, ne, ni, ns, nm, ns, ni)
	fmt.Printf("%#v %#v %#v %#v\n", ns, nm, ni, ne)
	fmt.Printf("%v %s %d %q %x\n", str("a"), str("b"), str("12"), str("c"), str("d"))
	fmt.Printf("%s\n", errors.New("e"))
	fmt.Printf("%s %v %d\n", nil, nil, nil)
	fmt.Printf("%6.2v|%v|%v|%.3v\n", 3.14159, float32(0.1), 1e21, "abcdef")
	fmt.Printf("%v %v %.2f %v\n", complex(1, -2), complex(math.Inf(1), math.NaN()), 1+2i, complex64(0))
	fmt.Printf("%v %x %X %d\n", []byte("hi"), []byte{}, []byte{1, 171}, []byte("hi"))
	fmt.Printf("%v %v %v %v\n", int8(-128), uint8(255), uint64(math.MaxUint64), uintptr(10))
	fmt.Printf("%%|%5%|%-5t|%v\n", true, struct{}{})
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, errors.New("x"))
	fmt.Println(s, fmt.Sprintln("a", 1) == "a 1\n", len(fmt.Sprintf("%5.2f", 1.0)))
	fmt.Println(fmt.Sprintf("%v", []interface{}{1, "a", nil, 2.5, []int(nil)}))
	fmt.Printf("%08.3f|%-08d|%+08d|%x|%X\n", -3.14159, 5, 5, -1.5, 255.0)
	fmt.Printf("%e %E %.0e %.0f %.0f %.0f\n", 0.0, 1e100, 5e-324, 0.5, 1.5, 2.5)
}
