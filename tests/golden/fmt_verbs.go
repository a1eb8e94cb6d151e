// fmt verbs for integers, floats, strings, bools, runes: widths, precision, flags.
package main

import "fmt"

func main() {
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42, 42)
	fmt.Printf("[%x] [%X] [%#x] [%o] [%#o] [%b] [%c] [%q] [%U]\n", 3054, 3054, 3054, 8, 8, 5, 'G', 'G', 'G')
	fmt.Printf("[%f] [%.2f] [%8.3f] [%-8.1f] [%e] [%E] [%g] [%G]\n", 3.14159, 3.14159, 3.14159, 3.14159, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("[%g] [%g] [%g] [%v] [%v]\n", 100000.0, 1000000.0, 0.0001, 1e6, 1e21)
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q] [%x] [% x] [%X]\n", "go", "go", "go", "golang", "a\"b\n", "hi", "hi", "hi")
	fmt.Printf("[%t] [%v] [%5t]\n", true, false, true)
	fmt.Printf("[%v] [%d] [%s]\n", []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("[%%] [%v] [%d]\n", nil, []int{1, 2})
	fmt.Printf("[%3c] [%-4q] [%08.3f] [%+.1e]\n", 'x', 'y', -3.14159, 12345.678)
	fmt.Printf("[%x] [%X] [%#v] [%#v] [%#v]\n", -255, uint8(200), "s", 42, 1.0)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%v] [%.3v] [%10.4v]\n", 1.0/3, 1.0/3, 2.0/3)
	fmt.Printf("[%v %v %v %v]\n", int8(-8), uint16(65535), int64(-1)<<63, uint64(1<<64-1))
	fmt.Printf("[%v] [%v] [%v] [%v]\n", float32(0.1), 1e-5, 123456789.0, 2.5e-10)
}
