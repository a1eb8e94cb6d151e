// Deferred closures can read and modify named results after the return statement sets them.
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func tracked() (s string, err error) {
	defer func() {
		if err != nil {
			s = "failed: " + err.Error()
		}
	}()
	return "ok", fmt.Errorf("disk full")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func counter() (i int) {
	defer func() { i++ }()
	i = 5
	return i * 2
}

func main() {
	fmt.Println(double())
	fmt.Println(tracked())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(counter())
}
