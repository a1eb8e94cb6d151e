// Signed division and remainder by constants (the JIT emits a multiply-high by a magic
// number for them, jit/codegen_expr.cc divByConstant): every type, divisors of both signs,
// powers of two, the extremes; each checked over the type's extreme values and 3000
// pseudo-random ones against the same division by a variable.
package main

import "fmt"

// int8: each entry divides by a constant; d is the same divisor as a variable.
var div_int8 = []struct {
	d  int8
	fn func(int8) (int8, int8)
}{
	{-127, func(x int8) (int8, int8) { return x / -127, x % -127 }},
	{-125, func(x int8) (int8, int8) { return x / -125, x % -125 }},
	{-100, func(x int8) (int8, int8) { return x / -100, x % -100 }},
	{-64, func(x int8) (int8, int8) { return x / -64, x % -64 }},
	{-60, func(x int8) (int8, int8) { return x / -60, x % -60 }},
	{-25, func(x int8) (int8, int8) { return x / -25, x % -25 }},
	{-16, func(x int8) (int8, int8) { return x / -16, x % -16 }},
	{-13, func(x int8) (int8, int8) { return x / -13, x % -13 }},
	{-11, func(x int8) (int8, int8) { return x / -11, x % -11 }},
	{-10, func(x int8) (int8, int8) { return x / -10, x % -10 }},
	{-7, func(x int8) (int8, int8) { return x / -7, x % -7 }},
	{-6, func(x int8) (int8, int8) { return x / -6, x % -6 }},
	{-5, func(x int8) (int8, int8) { return x / -5, x % -5 }},
	{-3, func(x int8) (int8, int8) { return x / -3, x % -3 }},
	{-2, func(x int8) (int8, int8) { return x / -2, x % -2 }},
	{2, func(x int8) (int8, int8) { return x / 2, x % 2 }},
	{3, func(x int8) (int8, int8) { return x / 3, x % 3 }},
	{5, func(x int8) (int8, int8) { return x / 5, x % 5 }},
	{6, func(x int8) (int8, int8) { return x / 6, x % 6 }},
	{7, func(x int8) (int8, int8) { return x / 7, x % 7 }},
	{10, func(x int8) (int8, int8) { return x / 10, x % 10 }},
	{11, func(x int8) (int8, int8) { return x / 11, x % 11 }},
	{13, func(x int8) (int8, int8) { return x / 13, x % 13 }},
	{16, func(x int8) (int8, int8) { return x / 16, x % 16 }},
	{25, func(x int8) (int8, int8) { return x / 25, x % 25 }},
	{60, func(x int8) (int8, int8) { return x / 60, x % 60 }},
	{64, func(x int8) (int8, int8) { return x / 64, x % 64 }},
	{96, func(x int8) (int8, int8) { return x / 96, x % 96 }},
	{100, func(x int8) (int8, int8) { return x / 100, x % 100 }},
	{125, func(x int8) (int8, int8) { return x / 125, x % 125 }},
	{126, func(x int8) (int8, int8) { return x / 126, x % 126 }},
	{127, func(x int8) (int8, int8) { return x / 127, x % 127 }},
}

func values_int8() []int8 {
	xs := []int8{0, 1, -1, 2, -2, 127, -127, -127 - 1, 127 - 1, -127 + 1}
	s := uint64(12345)
	for i := 0; i < 3000; i++ {
		s = s*6364136223846793005 + 1442695040888963407
		v := int8(s >> (64 - 8))
		if i%3 == 0 {
			v >>= uint(i % 8)
		}
		xs = append(xs, v)
	}
	return xs
}

func check_int8() {
	xs := values_int8()
	for _, c := range div_int8 {
		h, ok := uint64(0), true
		for _, x := range xs {
			q, r := c.fn(x)
			if q != x/c.d || r != x%c.d {
				ok = false
			}
			h = h*1099511628211 + uint64(q)
			h = h*1099511628211 + uint64(r)
		}
		fmt.Println("int8", c.d, h, ok)
	}
}

// int16: each entry divides by a constant; d is the same divisor as a variable.
var div_int16 = []struct {
	d  int16
	fn func(int16) (int16, int16)
}{
	{-32767, func(x int16) (int16, int16) { return x / -32767, x % -32767 }},
	{-16384, func(x int16) (int16, int16) { return x / -16384, x % -16384 }},
	{-127, func(x int16) (int16, int16) { return x / -127, x % -127 }},
	{-125, func(x int16) (int16, int16) { return x / -125, x % -125 }},
	{-100, func(x int16) (int16, int16) { return x / -100, x % -100 }},
	{-60, func(x int16) (int16, int16) { return x / -60, x % -60 }},
	{-25, func(x int16) (int16, int16) { return x / -25, x % -25 }},
	{-16, func(x int16) (int16, int16) { return x / -16, x % -16 }},
	{-13, func(x int16) (int16, int16) { return x / -13, x % -13 }},
	{-11, func(x int16) (int16, int16) { return x / -11, x % -11 }},
	{-10, func(x int16) (int16, int16) { return x / -10, x % -10 }},
	{-7, func(x int16) (int16, int16) { return x / -7, x % -7 }},
	{-6, func(x int16) (int16, int16) { return x / -6, x % -6 }},
	{-5, func(x int16) (int16, int16) { return x / -5, x % -5 }},
	{-3, func(x int16) (int16, int16) { return x / -3, x % -3 }},
	{-2, func(x int16) (int16, int16) { return x / -2, x % -2 }},
	{2, func(x int16) (int16, int16) { return x / 2, x % 2 }},
	{3, func(x int16) (int16, int16) { return x / 3, x % 3 }},
	{5, func(x int16) (int16, int16) { return x / 5, x % 5 }},
	{6, func(x int16) (int16, int16) { return x / 6, x % 6 }},
	{7, func(x int16) (int16, int16) { return x / 7, x % 7 }},
	{10, func(x int16) (int16, int16) { return x / 10, x % 10 }},
	{11, func(x int16) (int16, int16) { return x / 11, x % 11 }},
	{13, func(x int16) (int16, int16) { return x / 13, x % 13 }},
	{16, func(x int16) (int16, int16) { return x / 16, x % 16 }},
	{25, func(x int16) (int16, int16) { return x / 25, x % 25 }},
	{60, func(x int16) (int16, int16) { return x / 60, x % 60 }},
	{100, func(x int16) (int16, int16) { return x / 100, x % 100 }},
	{125, func(x int16) (int16, int16) { return x / 125, x % 125 }},
	{127, func(x int16) (int16, int16) { return x / 127, x % 127 }},
	{641, func(x int16) (int16, int16) { return x / 641, x % 641 }},
	{16384, func(x int16) (int16, int16) { return x / 16384, x % 16384 }},
	{24576, func(x int16) (int16, int16) { return x / 24576, x % 24576 }},
	{32766, func(x int16) (int16, int16) { return x / 32766, x % 32766 }},
	{32767, func(x int16) (int16, int16) { return x / 32767, x % 32767 }},
}

func values_int16() []int16 {
	xs := []int16{0, 1, -1, 2, -2, 32767, -32767, -32767 - 1, 32767 - 1, -32767 + 1}
	s := uint64(12345)
	for i := 0; i < 3000; i++ {
		s = s*6364136223846793005 + 1442695040888963407
		v := int16(s >> (64 - 16))
		if i%3 == 0 {
			v >>= uint(i % 16)
		}
		xs = append(xs, v)
	}
	return xs
}

func check_int16() {
	xs := values_int16()
	for _, c := range div_int16 {
		h, ok := uint64(0), true
		for _, x := range xs {
			q, r := c.fn(x)
			if q != x/c.d || r != x%c.d {
				ok = false
			}
			h = h*1099511628211 + uint64(q)
			h = h*1099511628211 + uint64(r)
		}
		fmt.Println("int16", c.d, h, ok)
	}
}

// int32: each entry divides by a constant; d is the same divisor as a variable.
var div_int32 = []struct {
	d  int32
	fn func(int32) (int32, int32)
}{
	{-2147483647, func(x int32) (int32, int32) { return x / -2147483647, x % -2147483647 }},
	{-1073741824, func(x int32) (int32, int32) { return x / -1073741824, x % -1073741824 }},
	{-1000000007, func(x int32) (int32, int32) { return x / -1000000007, x % -1000000007 }},
	{-127, func(x int32) (int32, int32) { return x / -127, x % -127 }},
	{-125, func(x int32) (int32, int32) { return x / -125, x % -125 }},
	{-100, func(x int32) (int32, int32) { return x / -100, x % -100 }},
	{-60, func(x int32) (int32, int32) { return x / -60, x % -60 }},
	{-25, func(x int32) (int32, int32) { return x / -25, x % -25 }},
	{-16, func(x int32) (int32, int32) { return x / -16, x % -16 }},
	{-13, func(x int32) (int32, int32) { return x / -13, x % -13 }},
	{-11, func(x int32) (int32, int32) { return x / -11, x % -11 }},
	{-10, func(x int32) (int32, int32) { return x / -10, x % -10 }},
	{-7, func(x int32) (int32, int32) { return x / -7, x % -7 }},
	{-6, func(x int32) (int32, int32) { return x / -6, x % -6 }},
	{-5, func(x int32) (int32, int32) { return x / -5, x % -5 }},
	{-3, func(x int32) (int32, int32) { return x / -3, x % -3 }},
	{-2, func(x int32) (int32, int32) { return x / -2, x % -2 }},
	{2, func(x int32) (int32, int32) { return x / 2, x % 2 }},
	{3, func(x int32) (int32, int32) { return x / 3, x % 3 }},
	{5, func(x int32) (int32, int32) { return x / 5, x % 5 }},
	{6, func(x int32) (int32, int32) { return x / 6, x % 6 }},
	{7, func(x int32) (int32, int32) { return x / 7, x % 7 }},
	{10, func(x int32) (int32, int32) { return x / 10, x % 10 }},
	{11, func(x int32) (int32, int32) { return x / 11, x % 11 }},
	{13, func(x int32) (int32, int32) { return x / 13, x % 13 }},
	{16, func(x int32) (int32, int32) { return x / 16, x % 16 }},
	{25, func(x int32) (int32, int32) { return x / 25, x % 25 }},
	{60, func(x int32) (int32, int32) { return x / 60, x % 60 }},
	{100, func(x int32) (int32, int32) { return x / 100, x % 100 }},
	{125, func(x int32) (int32, int32) { return x / 125, x % 125 }},
	{127, func(x int32) (int32, int32) { return x / 127, x % 127 }},
	{641, func(x int32) (int32, int32) { return x / 641, x % 641 }},
	{274177, func(x int32) (int32, int32) { return x / 274177, x % 274177 }},
	{1048576, func(x int32) (int32, int32) { return x / 1048576, x % 1048576 }},
	{6700417, func(x int32) (int32, int32) { return x / 6700417, x % 6700417 }},
	{1000000007, func(x int32) (int32, int32) { return x / 1000000007, x % 1000000007 }},
	{1073741824, func(x int32) (int32, int32) { return x / 1073741824, x % 1073741824 }},
	{1610612736, func(x int32) (int32, int32) { return x / 1610612736, x % 1610612736 }},
	{2147483646, func(x int32) (int32, int32) { return x / 2147483646, x % 2147483646 }},
	{2147483647, func(x int32) (int32, int32) { return x / 2147483647, x % 2147483647 }},
}

func values_int32() []int32 {
	xs := []int32{0, 1, -1, 2, -2, 2147483647, -2147483647, -2147483647 - 1, 2147483647 - 1, -2147483647 + 1}
	s := uint64(12345)
	for i := 0; i < 3000; i++ {
		s = s*6364136223846793005 + 1442695040888963407
		v := int32(s >> (64 - 32))
		if i%3 == 0 {
			v >>= uint(i % 32)
		}
		xs = append(xs, v)
	}
	return xs
}

func check_int32() {
	xs := values_int32()
	for _, c := range div_int32 {
		h, ok := uint64(0), true
		for _, x := range xs {
			q, r := c.fn(x)
			if q != x/c.d || r != x%c.d {
				ok = false
			}
			h = h*1099511628211 + uint64(q)
			h = h*1099511628211 + uint64(r)
		}
		fmt.Println("int32", c.d, h, ok)
	}
}

// int64: each entry divides by a constant; d is the same divisor as a variable.
var div_int64 = []struct {
	d  int64
	fn func(int64) (int64, int64)
}{
	{-9223372036854775807, func(x int64) (int64, int64) { return x / -9223372036854775807, x % -9223372036854775807 }},
	{-4611686018427387904, func(x int64) (int64, int64) { return x / -4611686018427387904, x % -4611686018427387904 }},
	{-1000000007, func(x int64) (int64, int64) { return x / -1000000007, x % -1000000007 }},
	{-127, func(x int64) (int64, int64) { return x / -127, x % -127 }},
	{-125, func(x int64) (int64, int64) { return x / -125, x % -125 }},
	{-100, func(x int64) (int64, int64) { return x / -100, x % -100 }},
	{-60, func(x int64) (int64, int64) { return x / -60, x % -60 }},
	{-25, func(x int64) (int64, int64) { return x / -25, x % -25 }},
	{-16, func(x int64) (int64, int64) { return x / -16, x % -16 }},
	{-13, func(x int64) (int64, int64) { return x / -13, x % -13 }},
	{-11, func(x int64) (int64, int64) { return x / -11, x % -11 }},
	{-10, func(x int64) (int64, int64) { return x / -10, x % -10 }},
	{-7, func(x int64) (int64, int64) { return x / -7, x % -7 }},
	{-6, func(x int64) (int64, int64) { return x / -6, x % -6 }},
	{-5, func(x int64) (int64, int64) { return x / -5, x % -5 }},
	{-3, func(x int64) (int64, int64) { return x / -3, x % -3 }},
	{-2, func(x int64) (int64, int64) { return x / -2, x % -2 }},
	{2, func(x int64) (int64, int64) { return x / 2, x % 2 }},
	{3, func(x int64) (int64, int64) { return x / 3, x % 3 }},
	{5, func(x int64) (int64, int64) { return x / 5, x % 5 }},
	{6, func(x int64) (int64, int64) { return x / 6, x % 6 }},
	{7, func(x int64) (int64, int64) { return x / 7, x % 7 }},
	{10, func(x int64) (int64, int64) { return x / 10, x % 10 }},
	{11, func(x int64) (int64, int64) { return x / 11, x % 11 }},
	{13, func(x int64) (int64, int64) { return x / 13, x % 13 }},
	{16, func(x int64) (int64, int64) { return x / 16, x % 16 }},
	{25, func(x int64) (int64, int64) { return x / 25, x % 25 }},
	{60, func(x int64) (int64, int64) { return x / 60, x % 60 }},
	{100, func(x int64) (int64, int64) { return x / 100, x % 100 }},
	{125, func(x int64) (int64, int64) { return x / 125, x % 125 }},
	{127, func(x int64) (int64, int64) { return x / 127, x % 127 }},
	{641, func(x int64) (int64, int64) { return x / 641, x % 641 }},
	{274177, func(x int64) (int64, int64) { return x / 274177, x % 274177 }},
	{1048576, func(x int64) (int64, int64) { return x / 1048576, x % 1048576 }},
	{6700417, func(x int64) (int64, int64) { return x / 6700417, x % 6700417 }},
	{1000000007, func(x int64) (int64, int64) { return x / 1000000007, x % 1000000007 }},
	{2147483647, func(x int64) (int64, int64) { return x / 2147483647, x % 2147483647 }},
	{4611686018427387904, func(x int64) (int64, int64) { return x / 4611686018427387904, x % 4611686018427387904 }},
	{6917529027641081856, func(x int64) (int64, int64) { return x / 6917529027641081856, x % 6917529027641081856 }},
	{9223372036854775806, func(x int64) (int64, int64) { return x / 9223372036854775806, x % 9223372036854775806 }},
	{9223372036854775807, func(x int64) (int64, int64) { return x / 9223372036854775807, x % 9223372036854775807 }},
}

func values_int64() []int64 {
	xs := []int64{0, 1, -1, 2, -2, 9223372036854775807, -9223372036854775807, -9223372036854775807 - 1, 9223372036854775807 - 1, -9223372036854775807 + 1}
	s := uint64(12345)
	for i := 0; i < 3000; i++ {
		s = s*6364136223846793005 + 1442695040888963407
		v := int64(s >> (64 - 64))
		if i%3 == 0 {
			v >>= uint(i % 64)
		}
		xs = append(xs, v)
	}
	return xs
}

func check_int64() {
	xs := values_int64()
	for _, c := range div_int64 {
		h, ok := uint64(0), true
		for _, x := range xs {
			q, r := c.fn(x)
			if q != x/c.d || r != x%c.d {
				ok = false
			}
			h = h*1099511628211 + uint64(q)
			h = h*1099511628211 + uint64(r)
		}
		fmt.Println("int64", c.d, h, ok)
	}
}

// int: each entry divides by a constant; d is the same divisor as a variable.
var div_int = []struct {
	d  int
	fn func(int) (int, int)
}{
	{-9223372036854775807, func(x int) (int, int) { return x / -9223372036854775807, x % -9223372036854775807 }},
	{-4611686018427387904, func(x int) (int, int) { return x / -4611686018427387904, x % -4611686018427387904 }},
	{-1000000007, func(x int) (int, int) { return x / -1000000007, x % -1000000007 }},
	{-127, func(x int) (int, int) { return x / -127, x % -127 }},
	{-125, func(x int) (int, int) { return x / -125, x % -125 }},
	{-100, func(x int) (int, int) { return x / -100, x % -100 }},
	{-60, func(x int) (int, int) { return x / -60, x % -60 }},
	{-25, func(x int) (int, int) { return x / -25, x % -25 }},
	{-16, func(x int) (int, int) { return x / -16, x % -16 }},
	{-13, func(x int) (int, int) { return x / -13, x % -13 }},
	{-11, func(x int) (int, int) { return x / -11, x % -11 }},
	{-10, func(x int) (int, int) { return x / -10, x % -10 }},
	{-7, func(x int) (int, int) { return x / -7, x % -7 }},
	{-6, func(x int) (int, int) { return x / -6, x % -6 }},
	{-5, func(x int) (int, int) { return x / -5, x % -5 }},
	{-3, func(x int) (int, int) { return x / -3, x % -3 }},
	{-2, func(x int) (int, int) { return x / -2, x % -2 }},
	{2, func(x int) (int, int) { return x / 2, x % 2 }},
	{3, func(x int) (int, int) { return x / 3, x % 3 }},
	{5, func(x int) (int, int) { return x / 5, x % 5 }},
	{6, func(x int) (int, int) { return x / 6, x % 6 }},
	{7, func(x int) (int, int) { return x / 7, x % 7 }},
	{10, func(x int) (int, int) { return x / 10, x % 10 }},
	{11, func(x int) (int, int) { return x / 11, x % 11 }},
	{13, func(x int) (int, int) { return x / 13, x % 13 }},
	{16, func(x int) (int, int) { return x / 16, x % 16 }},
	{25, func(x int) (int, int) { return x / 25, x % 25 }},
	{60, func(x int) (int, int) { return x / 60, x % 60 }},
	{100, func(x int) (int, int) { return x / 100, x % 100 }},
	{125, func(x int) (int, int) { return x / 125, x % 125 }},
	{127, func(x int) (int, int) { return x / 127, x % 127 }},
	{641, func(x int) (int, int) { return x / 641, x % 641 }},
	{274177, func(x int) (int, int) { return x / 274177, x % 274177 }},
	{1048576, func(x int) (int, int) { return x / 1048576, x % 1048576 }},
	{6700417, func(x int) (int, int) { return x / 6700417, x % 6700417 }},
	{1000000007, func(x int) (int, int) { return x / 1000000007, x % 1000000007 }},
	{2147483647, func(x int) (int, int) { return x / 2147483647, x % 2147483647 }},
	{4611686018427387904, func(x int) (int, int) { return x / 4611686018427387904, x % 4611686018427387904 }},
	{6917529027641081856, func(x int) (int, int) { return x / 6917529027641081856, x % 6917529027641081856 }},
	{9223372036854775806, func(x int) (int, int) { return x / 9223372036854775806, x % 9223372036854775806 }},
	{9223372036854775807, func(x int) (int, int) { return x / 9223372036854775807, x % 9223372036854775807 }},
}

func values_int() []int {
	xs := []int{0, 1, -1, 2, -2, 9223372036854775807, -9223372036854775807, -9223372036854775807 - 1, 9223372036854775807 - 1, -9223372036854775807 + 1}
	s := uint64(12345)
	for i := 0; i < 3000; i++ {
		s = s*6364136223846793005 + 1442695040888963407
		v := int(s >> (64 - 64))
		if i%3 == 0 {
			v >>= uint(i % 64)
		}
		xs = append(xs, v)
	}
	return xs
}

func check_int() {
	xs := values_int()
	for _, c := range div_int {
		h, ok := uint64(0), true
		for _, x := range xs {
			q, r := c.fn(x)
			if q != x/c.d || r != x%c.d {
				ok = false
			}
			h = h*1099511628211 + uint64(q)
			h = h*1099511628211 + uint64(r)
		}
		fmt.Println("int", c.d, h, ok)
	}
}

func main() {
	check_int8()
	check_int16()
	check_int32()
	check_int64()
	check_int()
}
