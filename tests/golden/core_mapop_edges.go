package main

import "fmt"

type pt struct{ x, y int }

var trace []string

func key(k string) string { trace = append(trace, "key "+k); return k }
func val(v int) int      { trace = append(trace, fmt.Sprint("val ", v)); return v }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	m := map[string]int{"a": 1}
	zero := 0
	neg := -1
	try("div", func() { m["d"] /= zero })
	_, ok := m["d"]
	fmt.Println("d present after /= 0:", ok, len(m))
	try("mod", func() { m["r"] %= zero })
	_, ok = m["r"]
	fmt.Println("r present after %= 0:", ok, len(m))
	try("shl", func() { m["s"] <<= neg })
	_, ok = m["s"]
	fmt.Println("s present after <<= -1:", ok, len(m))
	try("shr", func() { m["t"] >>= neg })
	_, ok = m["t"]
	fmt.Println("t present after >>= -1:", ok, len(m))
	try("divexisting", func() { m["a"] /= zero })
	fmt.Println("a:", m["a"], len(m))

	var nm map[string]int
	try("nil+=", func() { nm["x"] += 1 })
	try("nil++", func() { nm["x"]++ })
	try("nil/=", func() { nm["x"] /= zero })
	fmt.Println("nil len", len(nm))

	// Right side panics before the map is touched.
	try("rhs", func() { var p *int; m["rhs"] += *p })
	_, ok = m["rhs"]
	fmt.Println("rhs present:", ok)

	// Evaluation order: key, then value, then the map slot.
	m2 := map[string]int{}
	m2[key("k")] += val(3)
	m2[key("k")] -= val(1)
	m2[key("j")]++
	m2[key("j")]--
	m2[key("j")]--
	fmt.Println(trace, m2)

	// The right side changes the entry being updated.
	m3 := map[string]int{"k": 10}
	m3["k"] += func() int { m3["k"] = 100; return 1 }()
	fmt.Println("m3", m3)
	m3["n"] += func() int { m3["n"] = 7; return 1 }()
	fmt.Println("m3", m3)
	// The right side grows the map (may move the slot).
	m4 := map[int]int{0: 1}
	m4[0] += func() int {
		for i := 1; i < 1000; i++ {
			m4[i] = i
		}
		return 5
	}()
	fmt.Println("m4", m4[0], len(m4))

	// Other value types.
	fs := map[pt]float64{}
	fs[pt{1, 2}] += 1.5
	fs[pt{1, 2}] *= 3
	fs[pt{1, 2}]++
	fs[pt{2, 1}] /= 0 // float division by zero: no panic
	fmt.Println(fs[pt{1, 2}], len(fs))
	ss := map[int]string{}
	ss[1] += "ab"
	ss[1] += "cd"
	ss[2] += ""
	fmt.Println(ss, len(ss))
	u8 := map[string]uint8{}
	for i := 0; i < 300; i++ {
		u8["w"]++
	}
	u8["w"] <<= 3
	u8["w"] |= 1
	u8["w"] &^= 8
	u8["w"] ^= 0xff
	fmt.Println(u8)
	cs := map[int]complex128{}
	cs[1] += 2i
	cs[1] *= 1 + 1i
	fmt.Println(cs)
	ar := map[int][2]int{}
	a := ar[1]
	a[0] += 3
	ar[1] = a
	fmt.Println(ar)
	ptrs := map[int]*int{}
	x := 5
	ptrs[1] = &x
	*ptrs[1] += 2
	fmt.Println(x)
	im := map[interface{}]int{}
	im[1]++
	im["s"] += 2
	im[1.5] -= 3
	fmt.Println(im[1], im["s"], im[1.5], len(im))
	try("unhashable", func() { im[[]int{1}] += 1 })
	fmt.Println(len(im))
	i64 := map[int64]int64{1: -9}
	i64[1] /= 2
	i64[1] %= 2
	i64[2] = -1 << 63
	i64[2] /= -1
	fmt.Println(i64)
}

func init() {
	x := 1
	px := &x
	x += func() int { *px = 10; return 1 }()
	a := []int{1}
	a[0] += func() int { a[0] = 30; return 1 }()
	fmt.Println("order", x, a)
	var p *int
	neg, zero := -1, 0
	try("nilshift", func() { *p <<= neg })
	try("nildiv", func() { *p /= zero })
}
