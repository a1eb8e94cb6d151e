// Arguments and results of every shape cross stack-segment boundaries: the same calls
// are made from every recursion depth in a goroutine, so some of them are the first
// call on a new segment. Large frames, large structs by value, variadic calls, strings,
// slices, interfaces, floats, multiple results, closures and methods.
package main

import (
	"fmt"
	"strings"
)

type Big struct {
	A, B, C, D, E, F, G, H int
	S                      string
	X                      [10]float64
}

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (b Big) Sum() int { return b.A + b.B + b.C + b.D + b.E + b.F + b.G + b.H + len(b.S) }

func bigFrame(n int) int {
	var buf [2048]int
	for i := range buf {
		buf[i] = i ^ n
	}
	s := 0
	for i := 0; i < len(buf); i += 97 {
		s += buf[i]
	}
	return s
}

func passBig(b Big, k int) Big {
	b.A += k
	b.X[k%10] += float64(k) / 2
	b.S = b.S + "!"
	return b
}

func variadic(prefix string, xs ...int) (int, string) {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t, fmt.Sprint(prefix, len(xs))
}

func many(a, b, c, d, e, f, g, h, i, j int, x, y float64, s string, sl []int, sh Shape) (int, float64, string) {
	return a + b + c + d + e + f + g + h + i + j + len(sl), x*y + sh.Area(), strings.ToUpper(s)
}

func mixed(f32 float32, b bool, u8 uint8, i16 int16, r rune) string {
	return fmt.Sprintf("%.1f %v %d %d %c", f32, b, u8, i16, r)
}

type result struct {
	frame int
	big   Big
	vsum  int
	vstr  string
	m1    int
	m2    float64
	m3    string
	mx    string
	cl    int
	sum   int
}

func calls(depth int) result {
	var r result
	r.frame = bigFrame(depth)
	r.big = passBig(Big{A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, S: "big"}, depth)
	r.vsum, r.vstr = variadic("v", depth, 1, 2, 3)
	r.m1, r.m2, r.m3 = many(1, 2, 3, 4, 5, 6, 7, 8, 9, depth, 1.5, 2.0, "abc", []int{1, 2}, Rect{2, float64(depth)})
	r.mx = mixed(float32(depth)/4, depth%2 == 0, uint8(depth), int16(-depth), rune('a'+depth%26))
	add := func(k int) int { return k + depth }
	r.cl = add(10)
	r.sum = r.big.Sum()
	return r
}

func dive(n int, out *[]result) {
	if n == 0 {
		return
	}
	*out = append(*out, calls(n))
	dive(n-1, out)
}

func main() {
	done := make(chan []result)
	go func() {
		var out []result
		dive(200, &out)
		done <- out
	}()
	out := <-done
	check := 0
	for i, r := range out {
		check = check*31 + r.frame + r.vsum + r.m1 + r.cl + r.sum + int(r.m2) + len(r.mx) + len(r.big.S) + int(r.big.X[(200-i)%10])
		check %= 1000000007
		if i%40 == 0 {
			fmt.Println(i, r.frame, r.big.A, r.big.S, r.vsum, r.vstr, r.m1, r.m2, r.m3, r.mx, r.cl, r.sum)
		}
	}
	fmt.Println("results", len(out), "check", check)
}
