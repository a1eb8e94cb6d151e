// gomaxprocs: 1 2
// Unlock of an RWMutex no writer holds (here: held by readers only) is Go's fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	fmt.Println("writer came and went; a reader holds it")
	rw.Unlock()
	fmt.Println("not reached")
}
