// gomaxprocs: 1 2
// A sync.Cond copied after first use panics "sync.Cond is copied" (a recoverable panic);
// copying an unused Cond, or using the original, is fine.
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var mu sync.Mutex
	fresh := sync.Cond{L: &mu}
	unused := fresh // copied before any use: allowed
	try("unused copy Signal", unused.Signal)
	c := sync.NewCond(&mu)
	try("original Broadcast", c.Broadcast)
	d := *c
	try("copy Signal", d.Signal)
	try("copy Broadcast", d.Broadcast)
	try("original Signal", c.Signal)
	e := *c
	e.Signal()
	fmt.Println("not reached")
}
