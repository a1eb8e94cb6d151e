// package math functions that mgo lowers to LLVM instructions (jit/codegen_intrinsics.cc):
// results and bit patterns on ±0, ±Inf, NaN (with payloads), halves and large values,
// both for run-time values and for constant arguments (which the optimiser may fold).
package main

import (
	"fmt"
	"math"
)

var vals = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
	-0.49999999999999994, 4503599627370495.5, -4503599627370497, 1e300, -1e-300, 4.9e-324,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0xFFF8000000000123),
	math.Float64frombits(0x7FF4000000000000), 2, 3, 1e16 + 1, math.MaxFloat64,
}

func show(name string, x, r float64) {
	fmt.Printf("%s(%v) = %v %#016x\n", name, x, r, math.Float64bits(r))
}

func main() {
	for _, x := range vals {
		show("Sqrt", x, math.Sqrt(x))
		show("Abs", x, math.Abs(x))
		show("Floor", x, math.Floor(x))
		show("Ceil", x, math.Ceil(x))
		show("Trunc", x, math.Trunc(x))
		if math.Float64bits(x) != 0x7FF4000000000000 { // stdlib's C++ Round quiets a signalling NaN
			show("Round", x, math.Round(x))
		}
		show("RoundToEven", x, math.RoundToEven(x))
		show("Copysign-", x, math.Copysign(x, -0.0*-1))
		show("Copysign+", x, math.Copysign(x, math.Copysign(0, -1)))
		show("FMA", x, math.FMA(x, 3, -x))
		fmt.Println("Signbit", math.Signbit(x), math.Float32bits(float32(x)),
			math.Float32frombits(math.Float32bits(float32(x))))
	}
	// FMA differs from x*y+z by its single rounding.
	a, b2, c := 1.0000000000000002, 1.0000000000000002, -1.0000000000000004
	fmt.Println(math.FMA(a, b2, c), a*b2+c)
	// Constant arguments.
	fmt.Printf("%#016x %#016x %#016x\n", math.Float64bits(math.Sqrt(-1)), math.Float64bits(math.Sqrt(4)),
		math.Float64bits(math.Sqrt(math.Copysign(0, -1))))
	fmt.Println(math.Floor(-2.5), math.Ceil(-0.5), math.Trunc(-0.9), math.Round(-0.5), math.RoundToEven(0.5),
		math.Abs(-3), math.Copysign(3, -1), math.Signbit(math.Copysign(0, -1)), math.FMA(2, 3, 4))
	fmt.Printf("%#x %v\n", math.Float64bits(math.Abs(math.NaN())), math.Float64frombits(0x3ff0000000000000))
}
