// gomaxprocs: 1 2
// RUnlock of an RWMutex no reader holds is Go's fatal error, not a panic: the deferred
// recover never runs, stdout printed before it survives, exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one reader came and went")
	rw.RUnlock()
	fmt.Println("not reached")
}
