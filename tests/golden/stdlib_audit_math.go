// Audit of package math against Go 1.19 (issue #8): Lgamma, Ilogb, Logb, Nextafter32 and
// Sincos, Erfinv, Erfcinv and the Bessel functions J0, J1, Jn, Y0, Y1, Yn; Round keeps a signalling NaN's bits; Ldexp adds exponents with int wrap-around;
// Nextafter(x, x) is x, so Nextafter(0, -0) is +0.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	inf := math.Inf(1)
	for _, x := range []float64{0.5, 1e-310, 0.1, 0.49999999999999994, 2, -0.5} {
		fmt.Println(math.Pow(x, inf), math.Pow(x, -inf), math.Ldexp(x, math.MinInt64), math.Ldexp(x, math.MaxInt64),
			math.Ldexp(x, -2000), math.Ldexp(x, 2000), math.Ldexp(x, -1075), math.Ldexp(x, -1074), math.Ldexp(x, 1023))
	}
	fmt.Println(math.Nextafter(0, math.Copysign(0, -1)), math.Nextafter(math.Copysign(0, -1), 0), math.Nextafter(0, 1), math.Nextafter(1, 0))
	snan := math.Float64frombits(0x7ff0000000000001)
	fmt.Println(math.IsNaN(snan), math.Float64bits(math.Round(snan)), math.Float64bits(math.Round(math.Copysign(snan, -1))))
	for _, x := range []float64{0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 4503599627370497, -0.0, 1e300} {
		fmt.Print(math.Round(x), " ")
	}
	fmt.Println()
	r := rand.New(rand.NewSource(3))
	sum := 0.0
	for i := 0; i < 200000; i++ {
		x := (r.Float64() - 0.5) * math.Pow(10, float64(r.Intn(30)-10))
		lg, s := math.Lgamma(x)
		if i%20000 == 0 {
			fmt.Println(x, lg, s, math.Float64bits(lg))
		}
		sum += lg * float64(s)
		sum += float64(math.Ilogb(x)) + math.Logb(x)
		sum += math.Ldexp(x, r.Intn(4000)-2000)
		sum += math.Round(x*3) + float64(math.Float32bits(math.Nextafter32(float32(x), 0)))
		sn, cs := math.Sincos(x)
		sum += sn + cs
	}
	fmt.Println(sum)
	for _, x := range []float64{0, math.Copysign(0, -1), 1, 2, -1, -2, math.NaN(), inf, -inf, -0.5, -1.5, -2.5, -1e-30, 1e-30, -100.5,
		-4503599627370496, 0.9, 0.7316, 0.2316, 1.2316, 1.7316, 1.5, 2.5, 3, 4, 7.5, 8, 1e17, 1e300, -3.5} {
		lg, s := math.Lgamma(x)
		fmt.Println(x, lg, s)
	}
	fmt.Println(math.Ilogb(math.NaN()), math.Ilogb(0), math.Ilogb(math.Inf(-1)), math.Logb(math.Inf(-1)), math.Logb(-0.0), math.Ilogb(5e-324), math.Logb(1e300))
	fmt.Println(math.Nextafter32(0, -1), math.Nextafter32(1, 1), math.Nextafter32(float32(math.NaN()), 1), math.Nextafter32(-1, 0))
	fmt.Println(math.Sincos(1e10))
	var h uint64
	for i := 0; i < 300000; i++ {
		x := r.Float64()*2 - 1
		if i%3 == 0 {
			x = 1 - math.Pow(10, -r.Float64()*16)
		}
		h = h*31 + math.Float64bits(math.Erfinv(x)) + math.Float64bits(math.Erfcinv(x+1))
		if i%30000 == 0 {
			fmt.Println(x, math.Erfinv(x), math.Erfcinv(x+1))
		}
	}
	fmt.Println(h)
	for _, x := range []float64{0, math.Copysign(0, -1), 1, -1, 2, -2, math.NaN(), inf, 0.85, 0.8500000000000001, 1 - 2*math.Exp(-25), 0.5, -0.999999999} {
		fmt.Println(x, math.Erfinv(x), math.Erfcinv(x), math.Float64bits(math.Erfinv(x)))
	}
	rb := rand.New(rand.NewSource(5))
	var hb uint64
	for i := 0; i < 60000; i++ {
		var x float64
		switch i % 5 {
		case 0:
			x = rb.Float64() * 4
		case 1:
			x = (rb.Float64() - 0.5) * 60
		case 2:
			x = math.Pow(10, rb.Float64()*40-20)
		case 3:
			x = -math.Pow(10, rb.Float64()*12-6)
		case 4:
			x = math.Pow(10, rb.Float64()*320-10)
		}
		n := rb.Intn(80) - 20
		vals := []float64{math.J0(x), math.J1(x), math.Y0(x), math.Y1(x), math.Jn(n, x), math.Yn(n, x), math.Jn(2, x), math.Yn(3, x)}
		for _, v := range vals {
			hb = hb*1099511628211 + math.Float64bits(v)
		}
		if i%6000 == 0 {
			fmt.Println(x, n, vals)
		}
	}
	fmt.Println(hb)
	for _, x := range []float64{0, math.Copysign(0, -1), 1e-30, -1e-30, 1e-10, 2, -2, 1.5, 8, 4.5454, 2.8571, 1e38, 7e38, 1e300, -1e300, math.Inf(1), math.Inf(-1), math.NaN(), -1, 1e91} {
		fmt.Println(x, math.J0(x), math.J1(x), math.Y0(x), math.Y1(x))
		for _, n := range []int{-3, -2, -1, 0, 1, 2, 5, 34, 40, 400} {
			fmt.Print(math.Jn(n, x), " ", math.Yn(n, x), " ")
		}
		fmt.Println()
	}
}
