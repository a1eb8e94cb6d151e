// Re-panicking the recovered value: Go marks the first panic [recovered].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("caught:", r)
		panic(r)
	}()
	panic("boom")
}
