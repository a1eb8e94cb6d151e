// fmt calls String() and Error() methods, Error before String; pointer receivers only for pointers.
package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("ptr#%d", p.n) }

type Wrapper struct {
	C Color
	B Both
}

func main() {
	fmt.Println(Color(0), Color(1), Color(9))
	fmt.Printf("%v %s %d %q\n", Color(1), Color(1), Color(1), Color(1))
	fmt.Println(Both{})
	fmt.Println(&PtrStr{3})
	fmt.Printf("%v\n", PtrStr{4})
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(Wrapper{1, Both{}})
	fmt.Println(map[Color]int{1: 10, 0: 5})
	err := fmt.Errorf("open %s: %w", "file.txt", fmt.Errorf("not found"))
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	var s fmt.Stringer = Color(0)
	fmt.Println(s.String())
	fmt.Printf("%x %X\n", Color(1), "hi")
}
