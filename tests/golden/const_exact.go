// Untyped constants are exact: big intermediate values, exact rationals, typed results.
package main

import "fmt"

const Big = 1 << 100
const Huge = Big * Big
const Third = 1.0 / 3

func main() {
	fmt.Println(Big>>98, Huge>>199)
	fmt.Println(0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	fmt.Println(Third*3 == 1)
	const c = 'a' + 1
	fmt.Printf("%T %v %c\n", c, c, c)
	const f = 10 / 4
	const g = 10 / 4.0
	fmt.Println(f, g)
	var u8 uint8 = 255
	const m = 1<<8 - 1
	fmt.Println(u8 == m)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	fmt.Println(len([3]int{}), cap([5]int{}))
	const big float64 = 1e300 * 1e10 / 1e10
	fmt.Println(big)
	var i int64 = Big >> 70
	fmt.Println(i)
	fmt.Println(uint64(1<<64 - 1))
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
}
