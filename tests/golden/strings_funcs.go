// Package strings: search, split, join, replace, trim, case, repeat, fields, prefixes.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, Gophers! Hello!  "
	fmt.Println(strings.Contains(s, "Go"), strings.ContainsRune(s, '!'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Index(s, "zz"), strings.IndexByte(s, 'G'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.Count(s, "l"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a b\t c\n d  "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(s), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("HÉLLO"), strings.Title("go lang"))
	fmt.Println(strings.Repeat("ab", 3), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.Split("", ","), len(strings.Split("", ",")))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
}
