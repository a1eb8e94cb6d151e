// Bitwise operators: and, or, xor, and-not, complement, shifts on signed and unsigned.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0xF0
	fmt.Println(^u, u>>4, u<<1)
	fmt.Printf("%08b %o %x %X %#x\n", 5, 64, 255, 255, 255)
	x := 0x1234_5678
	fmt.Println(x, 1_000_000, 0o17, 017)
	pop := 0
	for v := uint64(0xDEADBEEF); v != 0; v &= v - 1 {
		pop++
	}
	fmt.Println(pop)
	var neg int16 = -2
	fmt.Println(neg>>1, uint16(neg)>>1, neg<<14)
}
