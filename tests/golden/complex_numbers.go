// complex128 and complex64: arithmetic, real/imag, printing.
package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a*b, a/b, real(a*b), imag(a*b))
	var c complex64 = complex64(a)
	fmt.Println(c, c == complex64(1+2i))
	fmt.Printf("%v %.2f %T %T\n", b, b, b, c)
	fmt.Println(a == complex(1, 2), real(b)*imag(b))
}
