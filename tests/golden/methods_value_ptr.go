// Value and pointer receivers: automatic & and * on addressable values; copies with value receivers.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type List []int

func (l *List) Push(v int) { *l = append(*l, v) }
func (l List) Len() int     { return len(l) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	var l List
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Len())
	pp := &p
	(*pp).Inc()
	fmt.Println(c.n)
	fmt.Println(Counter{7}.Get())
}
