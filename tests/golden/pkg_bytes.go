// Package bytes edge cases: nil versus empty slices, Equal/Compare on nil, Fields and Split
// of empty input, Buffer growth, reads at EOF, UnreadByte errors, Truncate, invalid UTF-8.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), nil))
	fmt.Printf("%q %q %q\n", bytes.Split([]byte("a,b,c"), []byte(",")), bytes.Split([]byte(""), []byte(",")), bytes.Split([]byte("abc"), nil))
	fmt.Printf("%q %q\n", bytes.Fields([]byte("  foo bar  baz   ")), bytes.Fields(nil))
	fmt.Printf("%q %q %q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2), bytes.SplitN([]byte("a,b,c"), []byte(","), 0), bytes.FieldsFunc([]byte("a1b2c"), unicode.IsDigit))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Contains(nil, nil), bytes.Index([]byte("chicken"), []byte("ken")), bytes.Index([]byte("x"), nil), bytes.LastIndex([]byte("go gopher"), []byte("go")))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil), bytes.IndexByte([]byte("abc"), 'c'), bytes.IndexRune([]byte("a\xffé"), 'é'), bytes.IndexRune([]byte("a\xff"), unicode.ReplacementChar), bytes.IndexAny([]byte("golang"), "ny"))
	fmt.Printf("%s|%s|%s|%s\n", bytes.ToUpper([]byte("gopher ß")), bytes.ToLower([]byte("GOPHER Σ")), bytes.Title([]byte("her royal highness")), bytes.Repeat([]byte("na"), 3))
	fmt.Printf("%q %q %q %q\n", bytes.TrimSpace([]byte(" \t x y \n")), bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("a.go"), []byte(".c")))
	fmt.Printf("%q %q %q\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("abc"), nil, []byte("-")), bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte(", ")))
	fmt.Printf("%q %v %v %v\n", bytes.Runes([]byte("a\xffé")), bytes.HasPrefix([]byte("Gopher"), nil), bytes.HasSuffix([]byte("Amigo"), []byte("go")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana\xff")))

	var b bytes.Buffer
	fmt.Println(b.Len(), b.String() == "", b.Cap() >= 0)
	b.Write([]byte("Hello "))
	fmt.Fprintf(&b, "world %d", 42)
	b.WriteByte('!')
	b.WriteRune('✓')
	b.WriteString("\n")
	fmt.Printf("%q %d\n", b.String(), b.Len())
	p := make([]byte, 6)
	n, err := b.Read(p)
	fmt.Printf("%d %v %q %q\n", n, err, p[:n], b.String())
	fmt.Println(b.UnreadByte(), b.UnreadByte())
	c, _ := b.ReadByte()
	fmt.Println(string(c))
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err)
	rest, err := b.ReadBytes('x')
	fmt.Printf("%q %v\n", rest, err)
	n, err = b.Read(p)
	fmt.Println(n, err, b.Len())
	n, err = b.Read(nil)
	fmt.Println(n, err)
	b.WriteString("0123456789")
	b.Truncate(4)
	fmt.Printf("%q %q\n", b.String(), b.Next(2))
	fmt.Printf("%q %q\n", b.Next(10), b.Next(1))
	b.Reset()
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Truncate(5)
	}()
	nb := bytes.NewBufferString("seed")
	var out bytes.Buffer
	m, err := out.ReadFrom(nb)
	fmt.Println(m, err, out.String(), nb.Len())
	m, err = out.WriteTo(&b)
	fmt.Println(m, err, b.String(), out.Len())
}
