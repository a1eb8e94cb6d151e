// Maps are references: passing a map lets the callee modify it; map of structs needs reassignment.
package main

import "fmt"

type acct struct{ bal int }

func add(m map[string]int, k string) { m[k]++ }

func main() {
	m := map[string]int{}
	add(m, "x")
	add(m, "x")
	alias := m
	alias["y"] = 5
	fmt.Println(m)
	accts := map[string]acct{"a": {1}}
	a := accts["a"]
	a.bal += 10
	fmt.Println(accts["a"].bal)
	accts["a"] = a
	fmt.Println(accts["a"].bal)
	ptrs := map[string]*acct{"p": {2}}
	ptrs["p"].bal *= 3
	fmt.Println(ptrs["p"].bal)
}
