// Deleting entries during range is allowed; deleted entries not yet reached are not produced.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 1000; i++ {
		m[i] = true
	}
	seen := 0
	for k := range m {
		delete(m, k)
		if k%2 == 0 {
			delete(m, k+1)
		}
		seen++
	}
	fmt.Println(len(m), seen <= 1000, seen >= 500)
	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range m2 {
		m2[k] = v * 10
	}
	fmt.Println(m2)
}
