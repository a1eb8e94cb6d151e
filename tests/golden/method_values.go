// Method values bind their receiver when evaluated; method expressions take it as first argument.
package main

import "fmt"

type T struct{ name string }

func (t T) Hello(greet string) string { return greet + ", " + t.name }
func (t *T) Rename(n string)         { t.name = n }

func main() {
	t := T{"ann"}
	f := t.Hello
	t.name = "bob"
	fmt.Println(f("hi"), t.Hello("hi"))
	g := T.Hello
	fmt.Println(g(T{"cy"}, "yo"))
	r := (*T).Rename
	r(&t, "dan")
	fmt.Println(t.name)
	rn := t.Rename
	rn("eve")
	fmt.Println(t.name)
	p := &t
	h := p.Hello
	p.name = "fay"
	fmt.Println(h("hey"))
	fs := []func(string) string{T{"x"}.Hello, T{"y"}.Hello}
	for _, fn := range fs {
		fmt.Println(fn("ok"))
	}
	fmt.Printf("%T\n%T\n", g, r)
}
