// Audit (issue #8): panics raised inside standard-library functions carry Go 1.19's
// messages: a strings.Builder copied by value after a write, utf8.EncodeRune into a short
// buffer (index out of range [size-1]), bytes.Repeat's own messages, sort.Slice* on a non-slice (reflect's
// ValueError), plus the unrecovered Builder-copy panic ending the program.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("EncodeRune nil", func() { utf8.EncodeRune(nil, 'a') })
	try("EncodeRune 2", func() { utf8.EncodeRune(make([]byte, 1), 'é') })
	try("EncodeRune 3", func() { utf8.EncodeRune(make([]byte, 2), '日') })
	try("EncodeRune 4", func() { utf8.EncodeRune(make([]byte, 3), 0x1F600) })
	try("EncodeRune bad", func() { utf8.EncodeRune(make([]byte, 2), -1) })
	try("bytes.Repeat neg", func() { bytes.Repeat([]byte("ab"), -1) })
	try("bytes.Repeat overflow", func() { bytes.Repeat([]byte("ab"), 1<<62) })
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 0))
	n := utf8.EncodeRune(make([]byte, 4), 0x1F600)
	fmt.Println("EncodeRune ok", n)
	try("Slice int", func() { sort.Slice(5, func(i, j int) bool { return false }) })
	try("Slice nil", func() { sort.Slice(nil, func(i, j int) bool { return false }) })
	try("SliceStable ptr", func() { sort.SliceStable(&[]int{1}, func(i, j int) bool { return false }) })
	try("Slice array", func() { sort.Slice([2]int{2, 1}, func(i, j int) bool { return false }) })
	try("SliceIsSorted int", func() { sort.SliceIsSorted(3, func(i, j int) bool { return false }) })
	try("SliceIsSorted nil", func() { sort.SliceIsSorted(nil, func(i, j int) bool { return false }) })
	s := "cba"
	fmt.Println(sort.SliceIsSorted(s, func(i, j int) bool { return s[i] < s[j] }), sort.SliceIsSorted([3]int{1, 2, 3}, func(i, j int) bool { return false }))
	var b strings.Builder
	c := b // copying a zero Builder is allowed
	c.WriteString("c")
	b.WriteString("b")
	fmt.Println(b.String(), c.String())
	d := b
	fmt.Println(d.String(), d.Len()) // reading a copy is allowed
	try("Builder copy Grow", func() { d.Grow(1) })
	try("Builder copy WriteByte", func() { d.WriteByte('x') })
	d.Reset()
	d.WriteString("after reset")
	fmt.Println(d.String())
	e := b
	e.WriteRune('é')
	fmt.Println("not reached")
}
