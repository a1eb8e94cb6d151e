// Map basics: insert, update, lookup with comma-ok, delete, len, zero value for missing keys.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok, m["zz"])
	fmt.Println(len(m))
	delete(m, "a")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m["b"]++
	fmt.Println(m["b"])
	lit := map[int]string{1: "one", 2: "two", 3: "three"}
	keys := 0
	for k, v := range lit {
		keys += k
		_ = v
	}
	fmt.Println(keys, len(lit))
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	for range nilMap {
		fmt.Println("never")
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], len(counts))
	big := map[int]int{}
	for i := 0; i < 100000; i++ {
		big[i*7] = i
	}
	for i := 0; i < 100000; i += 2 {
		delete(big, i*7)
	}
	total := 0
	for k, v := range big {
		total += k - v*7 + 1
	}
	fmt.Println(len(big), total, big[7*99999])
}
