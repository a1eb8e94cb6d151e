// Integer arithmetic wraps around on overflow; shifts beyond the width; unsigned negation.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println(i32)
	var i64 int64 = 1<<63 - 1
	i64 += 1
	fmt.Println(i64)
	var u uint = 0
	fmt.Println(-u == 0, u-1)
	var mn int64 = -1 << 63
	fmt.Println(mn/-1, mn%-1, -mn)
	var x uint32 = 1
	for i := 0; i < 40; i += 8 {
		fmt.Print(x<<uint(i), " ")
	}
	fmt.Println()
	var s int = -8
	fmt.Println(s>>1, s>>70, uint64(s)>>60)
	var sh uint = 65
	fmt.Println(1<<sh == 0, int64(-1)>>sh)
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
}
