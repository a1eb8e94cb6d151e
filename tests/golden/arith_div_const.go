// Signed division and remainder by constants (the JIT emits a multiply-high by a magic
// number for them, jit/codegen_expr.cc divByConstant): every type, divisors of both signs,
// powers of two, the extremes; each checked over the type's extreme values and 3000
// pseudo-random ones against the same division by a variable.
package main

import "fmt"

func check_int8_m127(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -127
	ok := true
	for _, x := range xs {
		q, r := x/-127, x%-127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m125(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -125
	ok := true
	for _, x := range xs {
		q, r := x/-125, x%-125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m100(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -100
	ok := true
	for _, x := range xs {
		q, r := x/-100, x%-100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m64(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -64
	ok := true
	for _, x := range xs {
		q, r := x/-64, x%-64
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m60(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -60
	ok := true
	for _, x := range xs {
		q, r := x/-60, x%-60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m25(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -25
	ok := true
	for _, x := range xs {
		q, r := x/-25, x%-25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m16(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -16
	ok := true
	for _, x := range xs {
		q, r := x/-16, x%-16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m13(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -13
	ok := true
	for _, x := range xs {
		q, r := x/-13, x%-13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m11(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -11
	ok := true
	for _, x := range xs {
		q, r := x/-11, x%-11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m10(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -10
	ok := true
	for _, x := range xs {
		q, r := x/-10, x%-10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m7(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -7
	ok := true
	for _, x := range xs {
		q, r := x/-7, x%-7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m6(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -6
	ok := true
	for _, x := range xs {
		q, r := x/-6, x%-6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m5(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -5
	ok := true
	for _, x := range xs {
		q, r := x/-5, x%-5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m3(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -3
	ok := true
	for _, x := range xs {
		q, r := x/-3, x%-3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_m2(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = -2
	ok := true
	for _, x := range xs {
		q, r := x/-2, x%-2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p2(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 2
	ok := true
	for _, x := range xs {
		q, r := x/2, x%2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p3(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 3
	ok := true
	for _, x := range xs {
		q, r := x/3, x%3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p5(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 5
	ok := true
	for _, x := range xs {
		q, r := x/5, x%5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p6(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 6
	ok := true
	for _, x := range xs {
		q, r := x/6, x%6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p7(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 7
	ok := true
	for _, x := range xs {
		q, r := x/7, x%7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p10(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 10
	ok := true
	for _, x := range xs {
		q, r := x/10, x%10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p11(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 11
	ok := true
	for _, x := range xs {
		q, r := x/11, x%11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p13(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 13
	ok := true
	for _, x := range xs {
		q, r := x/13, x%13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p16(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 16
	ok := true
	for _, x := range xs {
		q, r := x/16, x%16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p25(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 25
	ok := true
	for _, x := range xs {
		q, r := x/25, x%25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p60(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 60
	ok := true
	for _, x := range xs {
		q, r := x/60, x%60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p64(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 64
	ok := true
	for _, x := range xs {
		q, r := x/64, x%64
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p96(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 96
	ok := true
	for _, x := range xs {
		q, r := x/96, x%96
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p100(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 100
	ok := true
	for _, x := range xs {
		q, r := x/100, x%100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p125(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 125
	ok := true
	for _, x := range xs {
		q, r := x/125, x%125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p126(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 126
	ok := true
	for _, x := range xs {
		q, r := x/126, x%126
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int8_p127(xs []int8) (uint64, bool) {
	h := uint64(0)
	var dv int8 = 127
	ok := true
	for _, x := range xs {
		q, r := x/127, x%127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m32767(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -32767
	ok := true
	for _, x := range xs {
		q, r := x/-32767, x%-32767
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m16384(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -16384
	ok := true
	for _, x := range xs {
		q, r := x/-16384, x%-16384
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m127(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -127
	ok := true
	for _, x := range xs {
		q, r := x/-127, x%-127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m125(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -125
	ok := true
	for _, x := range xs {
		q, r := x/-125, x%-125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m100(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -100
	ok := true
	for _, x := range xs {
		q, r := x/-100, x%-100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m60(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -60
	ok := true
	for _, x := range xs {
		q, r := x/-60, x%-60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m25(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -25
	ok := true
	for _, x := range xs {
		q, r := x/-25, x%-25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m16(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -16
	ok := true
	for _, x := range xs {
		q, r := x/-16, x%-16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m13(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -13
	ok := true
	for _, x := range xs {
		q, r := x/-13, x%-13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m11(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -11
	ok := true
	for _, x := range xs {
		q, r := x/-11, x%-11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m10(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -10
	ok := true
	for _, x := range xs {
		q, r := x/-10, x%-10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m7(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -7
	ok := true
	for _, x := range xs {
		q, r := x/-7, x%-7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m6(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -6
	ok := true
	for _, x := range xs {
		q, r := x/-6, x%-6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m5(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -5
	ok := true
	for _, x := range xs {
		q, r := x/-5, x%-5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m3(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -3
	ok := true
	for _, x := range xs {
		q, r := x/-3, x%-3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_m2(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = -2
	ok := true
	for _, x := range xs {
		q, r := x/-2, x%-2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p2(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 2
	ok := true
	for _, x := range xs {
		q, r := x/2, x%2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p3(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 3
	ok := true
	for _, x := range xs {
		q, r := x/3, x%3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p5(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 5
	ok := true
	for _, x := range xs {
		q, r := x/5, x%5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p6(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 6
	ok := true
	for _, x := range xs {
		q, r := x/6, x%6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p7(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 7
	ok := true
	for _, x := range xs {
		q, r := x/7, x%7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p10(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 10
	ok := true
	for _, x := range xs {
		q, r := x/10, x%10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p11(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 11
	ok := true
	for _, x := range xs {
		q, r := x/11, x%11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p13(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 13
	ok := true
	for _, x := range xs {
		q, r := x/13, x%13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p16(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 16
	ok := true
	for _, x := range xs {
		q, r := x/16, x%16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p25(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 25
	ok := true
	for _, x := range xs {
		q, r := x/25, x%25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p60(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 60
	ok := true
	for _, x := range xs {
		q, r := x/60, x%60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p100(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 100
	ok := true
	for _, x := range xs {
		q, r := x/100, x%100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p125(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 125
	ok := true
	for _, x := range xs {
		q, r := x/125, x%125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p127(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 127
	ok := true
	for _, x := range xs {
		q, r := x/127, x%127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p641(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 641
	ok := true
	for _, x := range xs {
		q, r := x/641, x%641
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p16384(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 16384
	ok := true
	for _, x := range xs {
		q, r := x/16384, x%16384
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p24576(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 24576
	ok := true
	for _, x := range xs {
		q, r := x/24576, x%24576
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p32766(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 32766
	ok := true
	for _, x := range xs {
		q, r := x/32766, x%32766
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int16_p32767(xs []int16) (uint64, bool) {
	h := uint64(0)
	var dv int16 = 32767
	ok := true
	for _, x := range xs {
		q, r := x/32767, x%32767
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m2147483647(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -2147483647
	ok := true
	for _, x := range xs {
		q, r := x/-2147483647, x%-2147483647
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m1073741824(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -1073741824
	ok := true
	for _, x := range xs {
		q, r := x/-1073741824, x%-1073741824
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m1000000007(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -1000000007
	ok := true
	for _, x := range xs {
		q, r := x/-1000000007, x%-1000000007
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m127(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -127
	ok := true
	for _, x := range xs {
		q, r := x/-127, x%-127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m125(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -125
	ok := true
	for _, x := range xs {
		q, r := x/-125, x%-125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m100(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -100
	ok := true
	for _, x := range xs {
		q, r := x/-100, x%-100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m60(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -60
	ok := true
	for _, x := range xs {
		q, r := x/-60, x%-60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m25(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -25
	ok := true
	for _, x := range xs {
		q, r := x/-25, x%-25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m16(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -16
	ok := true
	for _, x := range xs {
		q, r := x/-16, x%-16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m13(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -13
	ok := true
	for _, x := range xs {
		q, r := x/-13, x%-13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m11(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -11
	ok := true
	for _, x := range xs {
		q, r := x/-11, x%-11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m10(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -10
	ok := true
	for _, x := range xs {
		q, r := x/-10, x%-10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m7(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -7
	ok := true
	for _, x := range xs {
		q, r := x/-7, x%-7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m6(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -6
	ok := true
	for _, x := range xs {
		q, r := x/-6, x%-6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m5(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -5
	ok := true
	for _, x := range xs {
		q, r := x/-5, x%-5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m3(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -3
	ok := true
	for _, x := range xs {
		q, r := x/-3, x%-3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_m2(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = -2
	ok := true
	for _, x := range xs {
		q, r := x/-2, x%-2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p2(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 2
	ok := true
	for _, x := range xs {
		q, r := x/2, x%2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p3(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 3
	ok := true
	for _, x := range xs {
		q, r := x/3, x%3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p5(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 5
	ok := true
	for _, x := range xs {
		q, r := x/5, x%5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p6(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 6
	ok := true
	for _, x := range xs {
		q, r := x/6, x%6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p7(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 7
	ok := true
	for _, x := range xs {
		q, r := x/7, x%7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p10(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 10
	ok := true
	for _, x := range xs {
		q, r := x/10, x%10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p11(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 11
	ok := true
	for _, x := range xs {
		q, r := x/11, x%11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p13(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 13
	ok := true
	for _, x := range xs {
		q, r := x/13, x%13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p16(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 16
	ok := true
	for _, x := range xs {
		q, r := x/16, x%16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p25(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 25
	ok := true
	for _, x := range xs {
		q, r := x/25, x%25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p60(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 60
	ok := true
	for _, x := range xs {
		q, r := x/60, x%60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p100(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 100
	ok := true
	for _, x := range xs {
		q, r := x/100, x%100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p125(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 125
	ok := true
	for _, x := range xs {
		q, r := x/125, x%125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p127(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 127
	ok := true
	for _, x := range xs {
		q, r := x/127, x%127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p641(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 641
	ok := true
	for _, x := range xs {
		q, r := x/641, x%641
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p274177(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 274177
	ok := true
	for _, x := range xs {
		q, r := x/274177, x%274177
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p1048576(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 1048576
	ok := true
	for _, x := range xs {
		q, r := x/1048576, x%1048576
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p6700417(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 6700417
	ok := true
	for _, x := range xs {
		q, r := x/6700417, x%6700417
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p1000000007(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 1000000007
	ok := true
	for _, x := range xs {
		q, r := x/1000000007, x%1000000007
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p1073741824(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 1073741824
	ok := true
	for _, x := range xs {
		q, r := x/1073741824, x%1073741824
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p1610612736(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 1610612736
	ok := true
	for _, x := range xs {
		q, r := x/1610612736, x%1610612736
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p2147483646(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 2147483646
	ok := true
	for _, x := range xs {
		q, r := x/2147483646, x%2147483646
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int32_p2147483647(xs []int32) (uint64, bool) {
	h := uint64(0)
	var dv int32 = 2147483647
	ok := true
	for _, x := range xs {
		q, r := x/2147483647, x%2147483647
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m9223372036854775807(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -9223372036854775807
	ok := true
	for _, x := range xs {
		q, r := x/-9223372036854775807, x%-9223372036854775807
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m4611686018427387904(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -4611686018427387904
	ok := true
	for _, x := range xs {
		q, r := x/-4611686018427387904, x%-4611686018427387904
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m1000000007(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -1000000007
	ok := true
	for _, x := range xs {
		q, r := x/-1000000007, x%-1000000007
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m127(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -127
	ok := true
	for _, x := range xs {
		q, r := x/-127, x%-127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m125(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -125
	ok := true
	for _, x := range xs {
		q, r := x/-125, x%-125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m100(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -100
	ok := true
	for _, x := range xs {
		q, r := x/-100, x%-100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m60(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -60
	ok := true
	for _, x := range xs {
		q, r := x/-60, x%-60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m25(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -25
	ok := true
	for _, x := range xs {
		q, r := x/-25, x%-25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m16(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -16
	ok := true
	for _, x := range xs {
		q, r := x/-16, x%-16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m13(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -13
	ok := true
	for _, x := range xs {
		q, r := x/-13, x%-13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m11(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -11
	ok := true
	for _, x := range xs {
		q, r := x/-11, x%-11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m10(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -10
	ok := true
	for _, x := range xs {
		q, r := x/-10, x%-10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m7(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -7
	ok := true
	for _, x := range xs {
		q, r := x/-7, x%-7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m6(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -6
	ok := true
	for _, x := range xs {
		q, r := x/-6, x%-6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m5(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -5
	ok := true
	for _, x := range xs {
		q, r := x/-5, x%-5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m3(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -3
	ok := true
	for _, x := range xs {
		q, r := x/-3, x%-3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_m2(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = -2
	ok := true
	for _, x := range xs {
		q, r := x/-2, x%-2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p2(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 2
	ok := true
	for _, x := range xs {
		q, r := x/2, x%2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p3(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 3
	ok := true
	for _, x := range xs {
		q, r := x/3, x%3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p5(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 5
	ok := true
	for _, x := range xs {
		q, r := x/5, x%5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p6(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 6
	ok := true
	for _, x := range xs {
		q, r := x/6, x%6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p7(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 7
	ok := true
	for _, x := range xs {
		q, r := x/7, x%7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p10(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 10
	ok := true
	for _, x := range xs {
		q, r := x/10, x%10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p11(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 11
	ok := true
	for _, x := range xs {
		q, r := x/11, x%11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p13(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 13
	ok := true
	for _, x := range xs {
		q, r := x/13, x%13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p16(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 16
	ok := true
	for _, x := range xs {
		q, r := x/16, x%16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p25(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 25
	ok := true
	for _, x := range xs {
		q, r := x/25, x%25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p60(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 60
	ok := true
	for _, x := range xs {
		q, r := x/60, x%60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p100(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 100
	ok := true
	for _, x := range xs {
		q, r := x/100, x%100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p125(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 125
	ok := true
	for _, x := range xs {
		q, r := x/125, x%125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p127(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 127
	ok := true
	for _, x := range xs {
		q, r := x/127, x%127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p641(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 641
	ok := true
	for _, x := range xs {
		q, r := x/641, x%641
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p274177(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 274177
	ok := true
	for _, x := range xs {
		q, r := x/274177, x%274177
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p1048576(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 1048576
	ok := true
	for _, x := range xs {
		q, r := x/1048576, x%1048576
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p6700417(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 6700417
	ok := true
	for _, x := range xs {
		q, r := x/6700417, x%6700417
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p1000000007(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 1000000007
	ok := true
	for _, x := range xs {
		q, r := x/1000000007, x%1000000007
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p2147483647(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 2147483647
	ok := true
	for _, x := range xs {
		q, r := x/2147483647, x%2147483647
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p4611686018427387904(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 4611686018427387904
	ok := true
	for _, x := range xs {
		q, r := x/4611686018427387904, x%4611686018427387904
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p6917529027641081856(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 6917529027641081856
	ok := true
	for _, x := range xs {
		q, r := x/6917529027641081856, x%6917529027641081856
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p9223372036854775806(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 9223372036854775806
	ok := true
	for _, x := range xs {
		q, r := x/9223372036854775806, x%9223372036854775806
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int64_p9223372036854775807(xs []int64) (uint64, bool) {
	h := uint64(0)
	var dv int64 = 9223372036854775807
	ok := true
	for _, x := range xs {
		q, r := x/9223372036854775807, x%9223372036854775807
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m9223372036854775807(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -9223372036854775807
	ok := true
	for _, x := range xs {
		q, r := x/-9223372036854775807, x%-9223372036854775807
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m4611686018427387904(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -4611686018427387904
	ok := true
	for _, x := range xs {
		q, r := x/-4611686018427387904, x%-4611686018427387904
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m1000000007(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -1000000007
	ok := true
	for _, x := range xs {
		q, r := x/-1000000007, x%-1000000007
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m127(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -127
	ok := true
	for _, x := range xs {
		q, r := x/-127, x%-127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m125(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -125
	ok := true
	for _, x := range xs {
		q, r := x/-125, x%-125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m100(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -100
	ok := true
	for _, x := range xs {
		q, r := x/-100, x%-100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m60(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -60
	ok := true
	for _, x := range xs {
		q, r := x/-60, x%-60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m25(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -25
	ok := true
	for _, x := range xs {
		q, r := x/-25, x%-25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m16(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -16
	ok := true
	for _, x := range xs {
		q, r := x/-16, x%-16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m13(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -13
	ok := true
	for _, x := range xs {
		q, r := x/-13, x%-13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m11(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -11
	ok := true
	for _, x := range xs {
		q, r := x/-11, x%-11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m10(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -10
	ok := true
	for _, x := range xs {
		q, r := x/-10, x%-10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m7(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -7
	ok := true
	for _, x := range xs {
		q, r := x/-7, x%-7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m6(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -6
	ok := true
	for _, x := range xs {
		q, r := x/-6, x%-6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m5(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -5
	ok := true
	for _, x := range xs {
		q, r := x/-5, x%-5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m3(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -3
	ok := true
	for _, x := range xs {
		q, r := x/-3, x%-3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_m2(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = -2
	ok := true
	for _, x := range xs {
		q, r := x/-2, x%-2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p2(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 2
	ok := true
	for _, x := range xs {
		q, r := x/2, x%2
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p3(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 3
	ok := true
	for _, x := range xs {
		q, r := x/3, x%3
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p5(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 5
	ok := true
	for _, x := range xs {
		q, r := x/5, x%5
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p6(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 6
	ok := true
	for _, x := range xs {
		q, r := x/6, x%6
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p7(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 7
	ok := true
	for _, x := range xs {
		q, r := x/7, x%7
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p10(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 10
	ok := true
	for _, x := range xs {
		q, r := x/10, x%10
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p11(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 11
	ok := true
	for _, x := range xs {
		q, r := x/11, x%11
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p13(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 13
	ok := true
	for _, x := range xs {
		q, r := x/13, x%13
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p16(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 16
	ok := true
	for _, x := range xs {
		q, r := x/16, x%16
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p25(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 25
	ok := true
	for _, x := range xs {
		q, r := x/25, x%25
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p60(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 60
	ok := true
	for _, x := range xs {
		q, r := x/60, x%60
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p100(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 100
	ok := true
	for _, x := range xs {
		q, r := x/100, x%100
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p125(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 125
	ok := true
	for _, x := range xs {
		q, r := x/125, x%125
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p127(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 127
	ok := true
	for _, x := range xs {
		q, r := x/127, x%127
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p641(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 641
	ok := true
	for _, x := range xs {
		q, r := x/641, x%641
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p274177(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 274177
	ok := true
	for _, x := range xs {
		q, r := x/274177, x%274177
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p1048576(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 1048576
	ok := true
	for _, x := range xs {
		q, r := x/1048576, x%1048576
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p6700417(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 6700417
	ok := true
	for _, x := range xs {
		q, r := x/6700417, x%6700417
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p1000000007(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 1000000007
	ok := true
	for _, x := range xs {
		q, r := x/1000000007, x%1000000007
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p2147483647(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 2147483647
	ok := true
	for _, x := range xs {
		q, r := x/2147483647, x%2147483647
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p4611686018427387904(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 4611686018427387904
	ok := true
	for _, x := range xs {
		q, r := x/4611686018427387904, x%4611686018427387904
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p6917529027641081856(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 6917529027641081856
	ok := true
	for _, x := range xs {
		q, r := x/6917529027641081856, x%6917529027641081856
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p9223372036854775806(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 9223372036854775806
	ok := true
	for _, x := range xs {
		q, r := x/9223372036854775806, x%9223372036854775806
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func check_int_p9223372036854775807(xs []int) (uint64, bool) {
	h := uint64(0)
	var dv int = 9223372036854775807
	ok := true
	for _, x := range xs {
		q, r := x/9223372036854775807, x%9223372036854775807
		if q != x/dv || r != x%dv {
			ok = false
		}
		h = h*1099511628211 + uint64(q)
		h = h*1099511628211 + uint64(r)
	}
	return h, ok
}

func values_int8() []int8 {
	xs := []int8{0, 1, -1, 2, -2, 127, -127, -127-1, 127-1, -127+1}
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

func values_int16() []int16 {
	xs := []int16{0, 1, -1, 2, -2, 32767, -32767, -32767-1, 32767-1, -32767+1}
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

func values_int32() []int32 {
	xs := []int32{0, 1, -1, 2, -2, 2147483647, -2147483647, -2147483647-1, 2147483647-1, -2147483647+1}
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

func values_int64() []int64 {
	xs := []int64{0, 1, -1, 2, -2, 9223372036854775807, -9223372036854775807, -9223372036854775807-1, 9223372036854775807-1, -9223372036854775807+1}
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

func values_int() []int {
	xs := []int{0, 1, -1, 2, -2, 9223372036854775807, -9223372036854775807, -9223372036854775807-1, 9223372036854775807-1, -9223372036854775807+1}
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

func main() {
	xs_int8 := values_int8()
	xs_int16 := values_int16()
	xs_int32 := values_int32()
	xs_int64 := values_int64()
	xs_int := values_int()
	if h, ok := check_int8_m127(xs_int8); true {
		fmt.Println("int8 -127", h, ok)
	}
	if h, ok := check_int8_m125(xs_int8); true {
		fmt.Println("int8 -125", h, ok)
	}
	if h, ok := check_int8_m100(xs_int8); true {
		fmt.Println("int8 -100", h, ok)
	}
	if h, ok := check_int8_m64(xs_int8); true {
		fmt.Println("int8 -64", h, ok)
	}
	if h, ok := check_int8_m60(xs_int8); true {
		fmt.Println("int8 -60", h, ok)
	}
	if h, ok := check_int8_m25(xs_int8); true {
		fmt.Println("int8 -25", h, ok)
	}
	if h, ok := check_int8_m16(xs_int8); true {
		fmt.Println("int8 -16", h, ok)
	}
	if h, ok := check_int8_m13(xs_int8); true {
		fmt.Println("int8 -13", h, ok)
	}
	if h, ok := check_int8_m11(xs_int8); true {
		fmt.Println("int8 -11", h, ok)
	}
	if h, ok := check_int8_m10(xs_int8); true {
		fmt.Println("int8 -10", h, ok)
	}
	if h, ok := check_int8_m7(xs_int8); true {
		fmt.Println("int8 -7", h, ok)
	}
	if h, ok := check_int8_m6(xs_int8); true {
		fmt.Println("int8 -6", h, ok)
	}
	if h, ok := check_int8_m5(xs_int8); true {
		fmt.Println("int8 -5", h, ok)
	}
	if h, ok := check_int8_m3(xs_int8); true {
		fmt.Println("int8 -3", h, ok)
	}
	if h, ok := check_int8_m2(xs_int8); true {
		fmt.Println("int8 -2", h, ok)
	}
	if h, ok := check_int8_p2(xs_int8); true {
		fmt.Println("int8 2", h, ok)
	}
	if h, ok := check_int8_p3(xs_int8); true {
		fmt.Println("int8 3", h, ok)
	}
	if h, ok := check_int8_p5(xs_int8); true {
		fmt.Println("int8 5", h, ok)
	}
	if h, ok := check_int8_p6(xs_int8); true {
		fmt.Println("int8 6", h, ok)
	}
	if h, ok := check_int8_p7(xs_int8); true {
		fmt.Println("int8 7", h, ok)
	}
	if h, ok := check_int8_p10(xs_int8); true {
		fmt.Println("int8 10", h, ok)
	}
	if h, ok := check_int8_p11(xs_int8); true {
		fmt.Println("int8 11", h, ok)
	}
	if h, ok := check_int8_p13(xs_int8); true {
		fmt.Println("int8 13", h, ok)
	}
	if h, ok := check_int8_p16(xs_int8); true {
		fmt.Println("int8 16", h, ok)
	}
	if h, ok := check_int8_p25(xs_int8); true {
		fmt.Println("int8 25", h, ok)
	}
	if h, ok := check_int8_p60(xs_int8); true {
		fmt.Println("int8 60", h, ok)
	}
	if h, ok := check_int8_p64(xs_int8); true {
		fmt.Println("int8 64", h, ok)
	}
	if h, ok := check_int8_p96(xs_int8); true {
		fmt.Println("int8 96", h, ok)
	}
	if h, ok := check_int8_p100(xs_int8); true {
		fmt.Println("int8 100", h, ok)
	}
	if h, ok := check_int8_p125(xs_int8); true {
		fmt.Println("int8 125", h, ok)
	}
	if h, ok := check_int8_p126(xs_int8); true {
		fmt.Println("int8 126", h, ok)
	}
	if h, ok := check_int8_p127(xs_int8); true {
		fmt.Println("int8 127", h, ok)
	}
	if h, ok := check_int16_m32767(xs_int16); true {
		fmt.Println("int16 -32767", h, ok)
	}
	if h, ok := check_int16_m16384(xs_int16); true {
		fmt.Println("int16 -16384", h, ok)
	}
	if h, ok := check_int16_m127(xs_int16); true {
		fmt.Println("int16 -127", h, ok)
	}
	if h, ok := check_int16_m125(xs_int16); true {
		fmt.Println("int16 -125", h, ok)
	}
	if h, ok := check_int16_m100(xs_int16); true {
		fmt.Println("int16 -100", h, ok)
	}
	if h, ok := check_int16_m60(xs_int16); true {
		fmt.Println("int16 -60", h, ok)
	}
	if h, ok := check_int16_m25(xs_int16); true {
		fmt.Println("int16 -25", h, ok)
	}
	if h, ok := check_int16_m16(xs_int16); true {
		fmt.Println("int16 -16", h, ok)
	}
	if h, ok := check_int16_m13(xs_int16); true {
		fmt.Println("int16 -13", h, ok)
	}
	if h, ok := check_int16_m11(xs_int16); true {
		fmt.Println("int16 -11", h, ok)
	}
	if h, ok := check_int16_m10(xs_int16); true {
		fmt.Println("int16 -10", h, ok)
	}
	if h, ok := check_int16_m7(xs_int16); true {
		fmt.Println("int16 -7", h, ok)
	}
	if h, ok := check_int16_m6(xs_int16); true {
		fmt.Println("int16 -6", h, ok)
	}
	if h, ok := check_int16_m5(xs_int16); true {
		fmt.Println("int16 -5", h, ok)
	}
	if h, ok := check_int16_m3(xs_int16); true {
		fmt.Println("int16 -3", h, ok)
	}
	if h, ok := check_int16_m2(xs_int16); true {
		fmt.Println("int16 -2", h, ok)
	}
	if h, ok := check_int16_p2(xs_int16); true {
		fmt.Println("int16 2", h, ok)
	}
	if h, ok := check_int16_p3(xs_int16); true {
		fmt.Println("int16 3", h, ok)
	}
	if h, ok := check_int16_p5(xs_int16); true {
		fmt.Println("int16 5", h, ok)
	}
	if h, ok := check_int16_p6(xs_int16); true {
		fmt.Println("int16 6", h, ok)
	}
	if h, ok := check_int16_p7(xs_int16); true {
		fmt.Println("int16 7", h, ok)
	}
	if h, ok := check_int16_p10(xs_int16); true {
		fmt.Println("int16 10", h, ok)
	}
	if h, ok := check_int16_p11(xs_int16); true {
		fmt.Println("int16 11", h, ok)
	}
	if h, ok := check_int16_p13(xs_int16); true {
		fmt.Println("int16 13", h, ok)
	}
	if h, ok := check_int16_p16(xs_int16); true {
		fmt.Println("int16 16", h, ok)
	}
	if h, ok := check_int16_p25(xs_int16); true {
		fmt.Println("int16 25", h, ok)
	}
	if h, ok := check_int16_p60(xs_int16); true {
		fmt.Println("int16 60", h, ok)
	}
	if h, ok := check_int16_p100(xs_int16); true {
		fmt.Println("int16 100", h, ok)
	}
	if h, ok := check_int16_p125(xs_int16); true {
		fmt.Println("int16 125", h, ok)
	}
	if h, ok := check_int16_p127(xs_int16); true {
		fmt.Println("int16 127", h, ok)
	}
	if h, ok := check_int16_p641(xs_int16); true {
		fmt.Println("int16 641", h, ok)
	}
	if h, ok := check_int16_p16384(xs_int16); true {
		fmt.Println("int16 16384", h, ok)
	}
	if h, ok := check_int16_p24576(xs_int16); true {
		fmt.Println("int16 24576", h, ok)
	}
	if h, ok := check_int16_p32766(xs_int16); true {
		fmt.Println("int16 32766", h, ok)
	}
	if h, ok := check_int16_p32767(xs_int16); true {
		fmt.Println("int16 32767", h, ok)
	}
	if h, ok := check_int32_m2147483647(xs_int32); true {
		fmt.Println("int32 -2147483647", h, ok)
	}
	if h, ok := check_int32_m1073741824(xs_int32); true {
		fmt.Println("int32 -1073741824", h, ok)
	}
	if h, ok := check_int32_m1000000007(xs_int32); true {
		fmt.Println("int32 -1000000007", h, ok)
	}
	if h, ok := check_int32_m127(xs_int32); true {
		fmt.Println("int32 -127", h, ok)
	}
	if h, ok := check_int32_m125(xs_int32); true {
		fmt.Println("int32 -125", h, ok)
	}
	if h, ok := check_int32_m100(xs_int32); true {
		fmt.Println("int32 -100", h, ok)
	}
	if h, ok := check_int32_m60(xs_int32); true {
		fmt.Println("int32 -60", h, ok)
	}
	if h, ok := check_int32_m25(xs_int32); true {
		fmt.Println("int32 -25", h, ok)
	}
	if h, ok := check_int32_m16(xs_int32); true {
		fmt.Println("int32 -16", h, ok)
	}
	if h, ok := check_int32_m13(xs_int32); true {
		fmt.Println("int32 -13", h, ok)
	}
	if h, ok := check_int32_m11(xs_int32); true {
		fmt.Println("int32 -11", h, ok)
	}
	if h, ok := check_int32_m10(xs_int32); true {
		fmt.Println("int32 -10", h, ok)
	}
	if h, ok := check_int32_m7(xs_int32); true {
		fmt.Println("int32 -7", h, ok)
	}
	if h, ok := check_int32_m6(xs_int32); true {
		fmt.Println("int32 -6", h, ok)
	}
	if h, ok := check_int32_m5(xs_int32); true {
		fmt.Println("int32 -5", h, ok)
	}
	if h, ok := check_int32_m3(xs_int32); true {
		fmt.Println("int32 -3", h, ok)
	}
	if h, ok := check_int32_m2(xs_int32); true {
		fmt.Println("int32 -2", h, ok)
	}
	if h, ok := check_int32_p2(xs_int32); true {
		fmt.Println("int32 2", h, ok)
	}
	if h, ok := check_int32_p3(xs_int32); true {
		fmt.Println("int32 3", h, ok)
	}
	if h, ok := check_int32_p5(xs_int32); true {
		fmt.Println("int32 5", h, ok)
	}
	if h, ok := check_int32_p6(xs_int32); true {
		fmt.Println("int32 6", h, ok)
	}
	if h, ok := check_int32_p7(xs_int32); true {
		fmt.Println("int32 7", h, ok)
	}
	if h, ok := check_int32_p10(xs_int32); true {
		fmt.Println("int32 10", h, ok)
	}
	if h, ok := check_int32_p11(xs_int32); true {
		fmt.Println("int32 11", h, ok)
	}
	if h, ok := check_int32_p13(xs_int32); true {
		fmt.Println("int32 13", h, ok)
	}
	if h, ok := check_int32_p16(xs_int32); true {
		fmt.Println("int32 16", h, ok)
	}
	if h, ok := check_int32_p25(xs_int32); true {
		fmt.Println("int32 25", h, ok)
	}
	if h, ok := check_int32_p60(xs_int32); true {
		fmt.Println("int32 60", h, ok)
	}
	if h, ok := check_int32_p100(xs_int32); true {
		fmt.Println("int32 100", h, ok)
	}
	if h, ok := check_int32_p125(xs_int32); true {
		fmt.Println("int32 125", h, ok)
	}
	if h, ok := check_int32_p127(xs_int32); true {
		fmt.Println("int32 127", h, ok)
	}
	if h, ok := check_int32_p641(xs_int32); true {
		fmt.Println("int32 641", h, ok)
	}
	if h, ok := check_int32_p274177(xs_int32); true {
		fmt.Println("int32 274177", h, ok)
	}
	if h, ok := check_int32_p1048576(xs_int32); true {
		fmt.Println("int32 1048576", h, ok)
	}
	if h, ok := check_int32_p6700417(xs_int32); true {
		fmt.Println("int32 6700417", h, ok)
	}
	if h, ok := check_int32_p1000000007(xs_int32); true {
		fmt.Println("int32 1000000007", h, ok)
	}
	if h, ok := check_int32_p1073741824(xs_int32); true {
		fmt.Println("int32 1073741824", h, ok)
	}
	if h, ok := check_int32_p1610612736(xs_int32); true {
		fmt.Println("int32 1610612736", h, ok)
	}
	if h, ok := check_int32_p2147483646(xs_int32); true {
		fmt.Println("int32 2147483646", h, ok)
	}
	if h, ok := check_int32_p2147483647(xs_int32); true {
		fmt.Println("int32 2147483647", h, ok)
	}
	if h, ok := check_int64_m9223372036854775807(xs_int64); true {
		fmt.Println("int64 -9223372036854775807", h, ok)
	}
	if h, ok := check_int64_m4611686018427387904(xs_int64); true {
		fmt.Println("int64 -4611686018427387904", h, ok)
	}
	if h, ok := check_int64_m1000000007(xs_int64); true {
		fmt.Println("int64 -1000000007", h, ok)
	}
	if h, ok := check_int64_m127(xs_int64); true {
		fmt.Println("int64 -127", h, ok)
	}
	if h, ok := check_int64_m125(xs_int64); true {
		fmt.Println("int64 -125", h, ok)
	}
	if h, ok := check_int64_m100(xs_int64); true {
		fmt.Println("int64 -100", h, ok)
	}
	if h, ok := check_int64_m60(xs_int64); true {
		fmt.Println("int64 -60", h, ok)
	}
	if h, ok := check_int64_m25(xs_int64); true {
		fmt.Println("int64 -25", h, ok)
	}
	if h, ok := check_int64_m16(xs_int64); true {
		fmt.Println("int64 -16", h, ok)
	}
	if h, ok := check_int64_m13(xs_int64); true {
		fmt.Println("int64 -13", h, ok)
	}
	if h, ok := check_int64_m11(xs_int64); true {
		fmt.Println("int64 -11", h, ok)
	}
	if h, ok := check_int64_m10(xs_int64); true {
		fmt.Println("int64 -10", h, ok)
	}
	if h, ok := check_int64_m7(xs_int64); true {
		fmt.Println("int64 -7", h, ok)
	}
	if h, ok := check_int64_m6(xs_int64); true {
		fmt.Println("int64 -6", h, ok)
	}
	if h, ok := check_int64_m5(xs_int64); true {
		fmt.Println("int64 -5", h, ok)
	}
	if h, ok := check_int64_m3(xs_int64); true {
		fmt.Println("int64 -3", h, ok)
	}
	if h, ok := check_int64_m2(xs_int64); true {
		fmt.Println("int64 -2", h, ok)
	}
	if h, ok := check_int64_p2(xs_int64); true {
		fmt.Println("int64 2", h, ok)
	}
	if h, ok := check_int64_p3(xs_int64); true {
		fmt.Println("int64 3", h, ok)
	}
	if h, ok := check_int64_p5(xs_int64); true {
		fmt.Println("int64 5", h, ok)
	}
	if h, ok := check_int64_p6(xs_int64); true {
		fmt.Println("int64 6", h, ok)
	}
	if h, ok := check_int64_p7(xs_int64); true {
		fmt.Println("int64 7", h, ok)
	}
	if h, ok := check_int64_p10(xs_int64); true {
		fmt.Println("int64 10", h, ok)
	}
	if h, ok := check_int64_p11(xs_int64); true {
		fmt.Println("int64 11", h, ok)
	}
	if h, ok := check_int64_p13(xs_int64); true {
		fmt.Println("int64 13", h, ok)
	}
	if h, ok := check_int64_p16(xs_int64); true {
		fmt.Println("int64 16", h, ok)
	}
	if h, ok := check_int64_p25(xs_int64); true {
		fmt.Println("int64 25", h, ok)
	}
	if h, ok := check_int64_p60(xs_int64); true {
		fmt.Println("int64 60", h, ok)
	}
	if h, ok := check_int64_p100(xs_int64); true {
		fmt.Println("int64 100", h, ok)
	}
	if h, ok := check_int64_p125(xs_int64); true {
		fmt.Println("int64 125", h, ok)
	}
	if h, ok := check_int64_p127(xs_int64); true {
		fmt.Println("int64 127", h, ok)
	}
	if h, ok := check_int64_p641(xs_int64); true {
		fmt.Println("int64 641", h, ok)
	}
	if h, ok := check_int64_p274177(xs_int64); true {
		fmt.Println("int64 274177", h, ok)
	}
	if h, ok := check_int64_p1048576(xs_int64); true {
		fmt.Println("int64 1048576", h, ok)
	}
	if h, ok := check_int64_p6700417(xs_int64); true {
		fmt.Println("int64 6700417", h, ok)
	}
	if h, ok := check_int64_p1000000007(xs_int64); true {
		fmt.Println("int64 1000000007", h, ok)
	}
	if h, ok := check_int64_p2147483647(xs_int64); true {
		fmt.Println("int64 2147483647", h, ok)
	}
	if h, ok := check_int64_p4611686018427387904(xs_int64); true {
		fmt.Println("int64 4611686018427387904", h, ok)
	}
	if h, ok := check_int64_p6917529027641081856(xs_int64); true {
		fmt.Println("int64 6917529027641081856", h, ok)
	}
	if h, ok := check_int64_p9223372036854775806(xs_int64); true {
		fmt.Println("int64 9223372036854775806", h, ok)
	}
	if h, ok := check_int64_p9223372036854775807(xs_int64); true {
		fmt.Println("int64 9223372036854775807", h, ok)
	}
	if h, ok := check_int_m9223372036854775807(xs_int); true {
		fmt.Println("int -9223372036854775807", h, ok)
	}
	if h, ok := check_int_m4611686018427387904(xs_int); true {
		fmt.Println("int -4611686018427387904", h, ok)
	}
	if h, ok := check_int_m1000000007(xs_int); true {
		fmt.Println("int -1000000007", h, ok)
	}
	if h, ok := check_int_m127(xs_int); true {
		fmt.Println("int -127", h, ok)
	}
	if h, ok := check_int_m125(xs_int); true {
		fmt.Println("int -125", h, ok)
	}
	if h, ok := check_int_m100(xs_int); true {
		fmt.Println("int -100", h, ok)
	}
	if h, ok := check_int_m60(xs_int); true {
		fmt.Println("int -60", h, ok)
	}
	if h, ok := check_int_m25(xs_int); true {
		fmt.Println("int -25", h, ok)
	}
	if h, ok := check_int_m16(xs_int); true {
		fmt.Println("int -16", h, ok)
	}
	if h, ok := check_int_m13(xs_int); true {
		fmt.Println("int -13", h, ok)
	}
	if h, ok := check_int_m11(xs_int); true {
		fmt.Println("int -11", h, ok)
	}
	if h, ok := check_int_m10(xs_int); true {
		fmt.Println("int -10", h, ok)
	}
	if h, ok := check_int_m7(xs_int); true {
		fmt.Println("int -7", h, ok)
	}
	if h, ok := check_int_m6(xs_int); true {
		fmt.Println("int -6", h, ok)
	}
	if h, ok := check_int_m5(xs_int); true {
		fmt.Println("int -5", h, ok)
	}
	if h, ok := check_int_m3(xs_int); true {
		fmt.Println("int -3", h, ok)
	}
	if h, ok := check_int_m2(xs_int); true {
		fmt.Println("int -2", h, ok)
	}
	if h, ok := check_int_p2(xs_int); true {
		fmt.Println("int 2", h, ok)
	}
	if h, ok := check_int_p3(xs_int); true {
		fmt.Println("int 3", h, ok)
	}
	if h, ok := check_int_p5(xs_int); true {
		fmt.Println("int 5", h, ok)
	}
	if h, ok := check_int_p6(xs_int); true {
		fmt.Println("int 6", h, ok)
	}
	if h, ok := check_int_p7(xs_int); true {
		fmt.Println("int 7", h, ok)
	}
	if h, ok := check_int_p10(xs_int); true {
		fmt.Println("int 10", h, ok)
	}
	if h, ok := check_int_p11(xs_int); true {
		fmt.Println("int 11", h, ok)
	}
	if h, ok := check_int_p13(xs_int); true {
		fmt.Println("int 13", h, ok)
	}
	if h, ok := check_int_p16(xs_int); true {
		fmt.Println("int 16", h, ok)
	}
	if h, ok := check_int_p25(xs_int); true {
		fmt.Println("int 25", h, ok)
	}
	if h, ok := check_int_p60(xs_int); true {
		fmt.Println("int 60", h, ok)
	}
	if h, ok := check_int_p100(xs_int); true {
		fmt.Println("int 100", h, ok)
	}
	if h, ok := check_int_p125(xs_int); true {
		fmt.Println("int 125", h, ok)
	}
	if h, ok := check_int_p127(xs_int); true {
		fmt.Println("int 127", h, ok)
	}
	if h, ok := check_int_p641(xs_int); true {
		fmt.Println("int 641", h, ok)
	}
	if h, ok := check_int_p274177(xs_int); true {
		fmt.Println("int 274177", h, ok)
	}
	if h, ok := check_int_p1048576(xs_int); true {
		fmt.Println("int 1048576", h, ok)
	}
	if h, ok := check_int_p6700417(xs_int); true {
		fmt.Println("int 6700417", h, ok)
	}
	if h, ok := check_int_p1000000007(xs_int); true {
		fmt.Println("int 1000000007", h, ok)
	}
	if h, ok := check_int_p2147483647(xs_int); true {
		fmt.Println("int 2147483647", h, ok)
	}
	if h, ok := check_int_p4611686018427387904(xs_int); true {
		fmt.Println("int 4611686018427387904", h, ok)
	}
	if h, ok := check_int_p6917529027641081856(xs_int); true {
		fmt.Println("int 6917529027641081856", h, ok)
	}
	if h, ok := check_int_p9223372036854775806(xs_int); true {
		fmt.Println("int 9223372036854775806", h, ok)
	}
	if h, ok := check_int_p9223372036854775807(xs_int); true {
		fmt.Println("int 9223372036854775807", h, ok)
	}
}
