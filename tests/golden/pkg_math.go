// Package math edge cases: NaN and infinities through every function, signed zeros,
// Mod/Remainder signs, rounding halves, Frexp/Ldexp/Modf, bit conversions.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan, negz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	vals := []float64{0, negz, 1, -1, 0.5, -0.5, 2.5, -2.5, 1e300, math.SmallestNonzeroFloat64, inf, -inf, nan}
	for _, x := range vals {
		fmt.Println(x, math.Abs(x), math.Sqrt(x), math.Cbrt(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x),
			math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, -1))
		fmt.Println("  ", math.Exp(x), math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x), math.Expm1(x))
		fmt.Println("  ", math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Sinh(x), math.Tanh(x))
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println("  ", fr, ex, ip, fp, math.Float64bits(x) == math.Float64bits(math.Ldexp(fr, ex)) || x != x, math.Float64bits(x)>>52)
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5, 0), math.Mod(inf, 1), math.Mod(1, inf), math.Mod(negz, 1))
	fmt.Println(math.Remainder(7, 3), math.Remainder(-7, 3), math.Remainder(5, 2), math.Remainder(5, 0))
	fmt.Println(math.Pow(2, 10), math.Pow(0, -1), math.Pow(negz, -1), math.Pow(-8, 1.0/3), math.Pow(nan, 0), math.Pow(1, nan), math.Pow(-1, inf), math.Pow(2, -1075), math.Pow(-2, 3))
	fmt.Println(math.Hypot(3, 4), math.Hypot(inf, nan), math.Atan2(1, -1), math.Atan2(negz, -1), math.Atan2(0, 0), math.Atan2(negz, negz))
	fmt.Println(math.Max(1, nan), math.Max(negz, 0), math.Min(negz, 0), math.Min(-inf, nan), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Copysign(3, -0.0), math.Copysign(3, negz), math.Nextafter(1, 2), math.Nextafter(0, -1))
	fmt.Println(math.Asin(2), math.Acos(-1), math.Acosh(1), math.Asinh(-1), math.Atanh(1), math.Atanh(0.5))
	fmt.Println(math.Gamma(5), math.Gamma(-1), math.Erf(0.5), math.Erfc(0.5))
	fmt.Println(math.FMA(2, 3, 4), math.FMA(0.1, 10, -1))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32, math.MaxInt8, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Phi)
	fmt.Printf("%#x %#x %#x %v %v\n", math.Float64bits(1), math.Float32bits(-2), math.Float64bits(negz), math.Float64frombits(0x7ff0000000000000), math.Float32frombits(0x3f800000))
	fmt.Println(math.IsNaN(math.Float64frombits(0x7ff8000000000001)), math.Inf(0), math.Inf(-5))
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z, int64(math.Floor(-0.5)), math.Sqrt(-1) == math.Sqrt(-1))
}
