// math.Gamma bit for bit as Go computes it (gamma.go: Stirling above 33, reflection for
// large negative x, a rational approximation on [2,3)); C's tgamma differs in the last
// place for many of these. Special cases: ±0, negative integers, ±Inf, NaN (Go's NaN bits).
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0.5, 1, 1.5, 2, 2.5, 3, 4.5, 5, 7.3, 10, 10.5, 20.2, 33, 33.3, 100.7, 143.5, 150.2,
		170.5, 171.6, 172, 180, 201, -0.5, -1.5, -2.5, -33.5, -100.5, -170.5, -171.5, -180.5, -190.25,
		1e-10, -1e-10, 1e-300, 5e-324, 0, math.Copysign(0, -1), -1, -2, -1e300, math.Inf(1), math.Inf(-1),
		math.NaN(), 0.1, 0.01, 3.7, 6.1, 11.9, 25.25, 49.999, 57.5, 0.999999, 1.000001, 2.000001, 2.999999}
	for _, x := range xs {
		g := math.Gamma(x)
		fmt.Printf("%v %#x %v\n", x, math.Float64bits(g), g)
	}
	sum := uint64(0)
	for i := 1; i < 4000; i++ {
		x := float64(i)*0.0513 - 100
		b := math.Float64bits(math.Gamma(x))
		sum = sum*31 + b
		if i%400 == 0 {
			fmt.Printf("%v %#x\n", x, b)
		}
	}
	fmt.Printf("checksum %#x\n", sum)
}
