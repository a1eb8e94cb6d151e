// After recover, the function returns normally to its caller; code after the panic is skipped.
package main

import "fmt"

func risky(n int) (out int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered in risky:", r)
			out = -n
		}
	}()
	if n > 2 {
		panic(fmt.Sprintf("n too big: %d", n))
	}
	return n * 10
}

func deep(n int) {
	if n == 0 {
		panic("bottom")
	}
	defer fmt.Println("unwinding", n)
	deep(n - 1)
}

func main() {
	for i := 1; i <= 4; i++ {
		fmt.Println(risky(i))
	}
	func() {
		defer func() { fmt.Println("caught", recover()) }()
		deep(3)
	}()
	fmt.Println(recover() == nil)
}
