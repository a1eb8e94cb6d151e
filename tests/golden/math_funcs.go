// Package math: Sqrt, Pow, trig, rounding, special values, integer limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3))
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.IsInf(math.Inf(-1), -1), math.IsNaN(math.NaN()))
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(0))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Sqrt(-1))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Printf("%.4f %.4f\n", math.Pi, math.E)
}
