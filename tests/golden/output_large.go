// Large stdout output (about 1.9 MB in many small writes) must arrive complete and in order.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 200000; i++ {
		fmt.Println(i)
		sum += i
	}
	fmt.Println("sum", sum)
}
