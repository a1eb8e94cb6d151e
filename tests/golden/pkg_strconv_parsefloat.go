// strconv.ParseFloat bit for bit against Go over 300,000 generated decimal texts (plain,
// exponents, sub-normals, shortest forms, leading '+', 32-bit), and the special values:
// Go's NaN bits (0x7ff8000000000001; through float32 at bitSize 32), infinities.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := uint64(88172645463325252)
	next := func() uint64 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x }
	var sum, sum32 uint64
	bad := 0
	for i := 0; i < 300000; i++ {
		var s string
		switch i % 5 {
		case 0:
			s = strconv.FormatUint(next()%100000000000000000, 10) + "." + strconv.FormatUint(next()%1000000000, 10)
		case 1:
			s = strconv.FormatUint(next()%10000000, 10) + "e" + strconv.Itoa(int(next()%700)-350)
		case 2:
			s = "-0." + strconv.FormatUint(next(), 10) + "e-" + strconv.Itoa(int(next()%330))
		case 3:
			s = strconv.FormatFloat(math.Float64frombits(next()), 'g', int(next()%20), 64)
		case 4:
			s = "+" + strconv.FormatUint(next()%1000, 10) + "." + strconv.FormatUint(next(), 10) + "E+" + strconv.Itoa(int(next()%40))
		}
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		if err != nil {
			bad++
		}
		_ = err2
		sum = sum*31 + math.Float64bits(f)
		sum32 = sum32*31 + math.Float64bits(g)
	}
	fmt.Println(sum, sum32, bad)
	for _, s := range []string{"NaN", "nan", "+Inf", "-inf", "infinity", "1e309", "-1e-400", "0x1p-1074", "1_000.5", "4.9e-324", "3.4028235e38", "3.4028236e38"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		var h float64
		fmt.Sscan(s, &h)
		fmt.Printf("%s %#x %v | %#x %v | %#x\n", s, math.Float64bits(f), err, math.Float64bits(g), err32, math.Float64bits(h))
	}
}
