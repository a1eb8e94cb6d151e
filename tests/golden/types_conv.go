// Conversions between numeric types, strings, bytes and runes.
package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	i := 300
	fmt.Println(uint8(i), int8(i), int16(i*250))
	n := -1
	fmt.Println(uint32(n), uint64(n), uint8(n))
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(string(b[1:3]), string(r[1:3]))
	b[0] = 'H'
	fmt.Println(s, string(b))
	type MyInt int
	var m MyInt = 5
	var k int = int(m) * 2
	fmt.Println(m, k)
	var u uint = 1 << 63
	fmt.Println(float64(u), int64(u))
	m8 := int8(-1)
	fmt.Println(int32(int8(-128)), uint16(m8))
}
