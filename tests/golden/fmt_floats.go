// Float formatting: shortest representation in %v, special values, float32 vs float64.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e20, 1e21, 123456789, 1e-4, 1e-5, 5e-324, math.MaxFloat64}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Printf("%.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("%6.2f|%-8.3e|%g\n", math.Inf(1), math.NaN(), 1e-320)
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1)
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2))
}
