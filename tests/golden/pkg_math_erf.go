// math.Erf, Erfc and Expm1 bit for bit as Go computes them (erf.go, expm1.go); libm's
// differ in the last place for about one input in twelve. Special values, every branch
// boundary (0.84375, 1.25, 1/0.35, 6, 28; 0.5ln2, 1.5ln2, 56ln2, 709.78), and a sweep.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, math.Copysign(0, -1), 1e-310, -1e-310, 3e-9, -3e-17, 0.1, 0.25, 0.5, 0.84375, 0.84, 1, 1.25, 1.24,
		2, 2.857, 2.86, 3, 5.9, 6, 6.1, 10, 27.9, 28, 30, -0.5, -1, -2, -3, -6.5, -27, -30, 0.3465, 0.3466, 1.0397,
		1.04, 14, 20, 38.8, 38.9, 700, 709.78, 709.79, -38.9, -40, -700, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range xs {
		a, b, c := math.Erf(x), math.Erfc(x), math.Expm1(x)
		fmt.Printf("%v: %v %#x | %v %#x | %v %#x\n", x, a, math.Float64bits(a), b, math.Float64bits(b), c, math.Float64bits(c))
	}
	var s1, s2, s3 uint64
	for i := 1; i < 60000; i++ {
		x := float64(i)*0.000977 - 29.3
		s1 = s1*31 + math.Float64bits(math.Erf(x))
		s2 = s2*31 + math.Float64bits(math.Erfc(x))
		y := float64(i)*0.0131 - 45
		s3 = s3*31 + math.Float64bits(math.Expm1(y))
		if i%6000 == 0 {
			fmt.Printf("%v %#x %#x | %v %#x\n", x, math.Float64bits(math.Erf(x)), math.Float64bits(math.Erfc(x)), y, math.Float64bits(math.Expm1(y)))
		}
	}
	fmt.Printf("checksums %#x %#x %#x\n", s1, s2, s3)
}
