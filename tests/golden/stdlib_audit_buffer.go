// Audit (issue #8): bytes.Buffer grows as Go 1.19's (64-byte first buffer, reslice,
// slide-down when half is free, else max(2*cap, need) rounded as append), so Cap() and
// Bytes() aliasing match; WriteRune of ASCII is WriteByte.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello world")
	p := b.Bytes()
	b.Next(6)
	b.WriteString("!!")
	fmt.Printf("%q %q %d %d\n", b.String(), p, b.Len(), b.Cap())
	for i := 0; i < 10; i++ {
		b.WriteString(strings.Repeat("ab", i*7))
		x := make([]byte, i*5)
		n, _ := b.Read(x)
		fmt.Print(n, b.Len(), b.Cap(), " ")
	}
	fmt.Println()
	var c bytes.Buffer
	n, err := c.ReadFrom(strings.NewReader(strings.Repeat("r", 1500)))
	fmt.Println(n, err, c.Len(), c.Cap())
	d := bytes.NewBuffer(append(make([]byte, 0, 8), "seed"...))
	d.Grow(3)
	fmt.Println(d.Cap(), d.Len())
	d.Grow(100)
	fmt.Println(d.Cap(), d.Len())
	e := bytes.NewBuffer(make([]byte, 0, 10))
	for _, r := range "héllo wörld ✓" {
		e.WriteRune(r)
	}
	fmt.Println(e.String(), e.Cap())
	rb := make([]byte, 3)
	e.Read(rb)
	e.WriteByte('!')
	fmt.Println(e.String(), e.Len(), e.Cap())
	io.Copy(io.Discard, e)
	e.WriteString("again")
	fmt.Println(e.String(), e.Cap())
	var f bytes.Buffer
	f.Grow(0)
	fmt.Println(f.Cap())
	f.WriteByte('x')
	fmt.Println(f.Cap())
}
