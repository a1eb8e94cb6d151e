// println of floats uses Go's runtime format: +1.500000e+000.
package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println(1.5, -0.25, 1e100, float32(3))
}
