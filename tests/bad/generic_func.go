package main

import "fmt"

func F[T any](x T) T { return x }

func main() {
	fmt.Println(F(1))
}
