package main

import "fmt"

type C complex64

func main() {
	m := map[string]complex128{"a": 1 + 2i}
	m["a"]++
	m["b"]--
	m["a"] *= 2i
	var c complex128 = 3i
	c++
	c--
	c++
	n := map[int]C{}
	n[1]++
	n[1] += 0.5i
	arr := [2]complex64{}
	arr[1]--
	fmt.Println(m, c, n, arr)
}
