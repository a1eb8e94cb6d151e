// Method sets through embedding: *S gets methods of an embedded *E and E; S only those of E and *E when E is a pointer field.
package main

import "fmt"

type Namer interface{ Name() string }
type Setter interface{ Set(string) }

type Base struct{ n string }

func (b Base) Name() string   { return "base:" + b.n }
func (b *Base) Set(s string) { b.n = s }

type ByValue struct{ Base }
type ByPtr struct{ *Base }

func main() {
	v := &ByValue{Base{"v"}}
	var n Namer = v
	var st Setter = v
	st.Set("v2")
	fmt.Println(n.Name())
	var n2 Namer = ByValue{Base{"copy"}}
	fmt.Println(n2.Name())
	p := ByPtr{&Base{"p"}}
	var st2 Setter = p
	st2.Set("p2")
	var n3 Namer = p
	fmt.Println(n3.Name(), p.n)
	_, ok := interface{}(ByValue{}).(Setter)
	_, ok2 := interface{}(ByPtr{}).(Setter)
	fmt.Println(ok, ok2)
}
