// recover returns runtime errors as values implementing error with Go's messages.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRT := r.(runtime.Error)
		if isErr {
			fmt.Printf("%s: %v (error=%v runtime.Error=%v)\n", name, err.Error(), isErr, isRT)
		} else {
			fmt.Printf("%s: %v (%T)\n", name, r, r)
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int = []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	try("slice2", func() { j := 2; _ = s[j:1] })
	try("div", func() { z := 0; _ = 10 / z })
	try("nilmap", func() { var m map[string]int; m["a"] = 1 })
	try("nilptr", func() { var p *T; _ = p.x })
	try("conv", func() { var e interface{} = 1; _ = e.(string) })
	try("custom", func() { panic("plain string") })
	try("errval", func() { panic(fmt.Errorf("wrapped %d", 7)) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("sendclosed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("neglen", func() { n := -1; _ = make([]int, n) })
	try("arr", func() { var a [4]int; k := 4; a[k%8] = 1 })
	try("str", func() { str := "abc"; k := 3; _ = str[k] })
	fmt.Println("done")
}
