// Operand evaluation order inside expressions: calls and the other "early" operands
// (len, cap, append, make, new, slices, receives, assertions, boxed values) are
// evaluated before plain reads, as gc's order pass does.
package main

import "fmt"

var n int

func bump() int { n++; return 100 }

type S struct{ c int }

func (s *S) inc() int { s.c++; return 7 }

func (s S) val() int { return s.c }

type P struct{ a, b int }

var gp P

var gptr *P

type I interface{ Get() int }

type T struct{ v int }

func (t T) Get() int { return t.v }

func add(a, b, c int) int { return a*10000 + b*100 + c }

func tw() (int, int, int) { n++; return n, n * 10, n }

func main() {
	n = 0
	fmt.Println(n, bump(), n)
	n = 0
	fmt.Println(n+bump(), n*2+bump()+n)
	n = 0
	fmt.Println(add(n, bump(), n))
	n = 0
	fmt.Println(add(tw()), n)
	n = 0
	fmt.Println([]int{n, bump(), n}, [3]int{n, bump(), n}, P{n, bump()})
	s := &S{}
	fmt.Println(s.c, s.inc(), s.c, s.val())
	n = 0
	m := map[int]int{0: 5, 1: 6, 2: 7}
	t := []int{1, 2, 3, 4}
	fmt.Println(m[n]+bump()+m[n], t[n]+bump()+t[n])
	n = 0
	str := fmt.Sprint(n) + fmt.Sprint(bump()) + fmt.Sprint(n)
	fmt.Println(str, fmt.Sprint(n)+"-"+fmt.Sprint(n))

	// && and ||: the left side at its place, the right side inside the branch.
	n = 0
	ok := n == 0 && bump() == 100 && n == 1
	fmt.Println(ok)
	n = 0
	fmt.Println(n, n == 0 || bump() == 0, n, n == 0 && bump() == 0, n)
	n = 0
	fmt.Println(n+1 == 1 && bump()+n == 101, n)

	// Builtins are early operands: len, cap, append, copy, make, new, complex.
	sl := []int{1}
	fmt.Println(len(sl), func() int { sl = append(sl, 2, 3); return 0 }(), len(sl), cap(sl) > 0)
	sl = []int{1}
	sl2 := []int{9}
	fmt.Println(append(sl2, sl...), func() int { sl = append(sl, 5); return 0 }(), sl)
	n = 0
	fmt.Println(len(make([]int, n)), bump(), len(make([]int, n)))
	n = 0
	p := new(int)
	*p = n
	fmt.Println(*p, bump(), *p, real(complex(float64(n), 1)))
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	fmt.Println(copy(dst, src), func() int { src[0] = 9; return 0 }(), dst)

	// Slice expressions are evaluated early (their bounds read then).
	n = 0
	fmt.Println(t[n:], bump(), t[n:], t[:n])
	n = 0
	bs := "hello"
	fmt.Println(bs[n:], bump(), bs[n:])

	// Receives and type assertions to non-pointer types are early; a pointer-shaped
	// assertion is read late.
	c := make(chan int, 3)
	c <- 1
	c <- 2
	n = 0
	fmt.Println(n, <-c, n, <-c+n)
	var e interface{} = 3
	n = 0
	fmt.Println(e.(int)+n, bump(), e, func() int { e = 4; return 0 }(), e.(int))
	pp := &S{c: 1}
	var pe interface{} = pp
	fmt.Println(pe.(*S).c, func() int { pp.c = 2; return 0 }())
	var ie I = T{5}
	fmt.Println(ie.Get(), func() int { ie = T{6}; return 0 }(), ie.Get())

	// []byte(s) and []rune(s) are early; string(b) is not.
	str2 := "ab"
	fmt.Println([]byte(str2), []rune(str2), func() int { str2 = "cd"; return 0 }(), str2)
	bb := []byte("xy")
	fmt.Println(string(bb), func() int { bb[0] = 'z'; return 0 }())

	// Boxing into an interface: values copied through memory are read early when they
	// are local variables or temporaries; globals, fields, derefs, strings and 8-byte
	// pointer-free values are read late.
	var lb bool
	var i8 int8
	var i16 int16
	var i32 int32
	var f64 float64
	var c128 complex128
	var arr [2]int
	one := struct{ s string }{"a"}
	lp := P{1, 2}
	gp = P{1, 2}
	fmt.Println(lb, i8, i16, i32, f64, c128, arr, one, lp, gp, lp.a, func() int {
		lb, i8, i16, i32, f64, c128, arr[0] = true, 1, 1, 1, 1, 1, 1
		one.s = "b"
		lp.a, gp.a = 9, 9
		return 0
	}())
	q := &lp
	fmt.Println(*q, func() int { lp.b = 7; return 0 }())
	n = 0
	fmt.Println(P{n, 1}, bump())
	var ei interface{} = 1
	n = 0
	fmt.Println(ei, n, func() int { ei = 2; n = 5; return 0 }())

	// Pointer-shaped values are boxed through memory too: a local one is read early.
	pa, pb := &P{1, 1}, &P{2, 2}
	lptr := pa
	gptr = pa
	lmap := map[int]int{1: 1}
	fmt.Println(lptr.a, lptr, gptr, lmap, func() int { lptr = pb; gptr = pb; lmap = nil; return 0 }())
	var pei interface{} = pa
	fmt.Println(pei.(*P), func() int { pei = pb; return 0 }())

	// A map literal with computed entries is built early, entry by entry.
	n = 0
	mm := map[int]int{n: bump(), n + 10: bump()}
	fmt.Println(mm, n)
	n = 0
	fmt.Println(n, map[string]int{"a": bump()}, n)

	// Function literals are separate bodies.
	n = 0
	fmt.Println(func() int { return n }(), bump(), func() int { return n }())
}
