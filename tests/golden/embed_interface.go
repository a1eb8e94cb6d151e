// Embedding an interface in a struct, and interfaces embedding interfaces.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) int { b.data = append(b.data, s); return len(s) }

type loud struct{ Reader }

func (l loud) Read() string { return l.Reader.Read() + "!" }

func main() {
	var rw ReadWriter = &buf{}
	fmt.Println(rw.Write("one"), rw.Write("three"))
	var r Reader = rw
	fmt.Println(r.Read())
	l := loud{rw}
	fmt.Println(l.Read(), l.Read())
	var r2 Reader = l
	_, isW := r2.(Writer)
	fmt.Println(isW)
}
