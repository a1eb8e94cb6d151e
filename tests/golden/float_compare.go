// Float comparisons, conversion to int at boundaries, -0 and rounding of float32.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 0.1, 0.3
	fmt.Println(a*3 == b, math.Abs(a*3-b) < 1e-15)
	z := 0.0
	nz := -z
	fmt.Println(z == nz, 1/z, 1/nz)
	var f32 float32 = 0.1
	fmt.Println(float64(f32) == 0.1, f32 == 0.1)
	vals := []float64{2.9, -2.9, 1e10, -0.5}
	for _, v := range vals {
		fmt.Print(int64(v), " ")
	}
	fmt.Println()
	fmt.Println(math.Float32bits(0.1), math.Float64bits(0.1))
	x := 1.0
	for i := 0; i < 60; i++ {
		x /= 3
	}
	fmt.Println(x)
	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.01
	}
	fmt.Println(acc)
}
