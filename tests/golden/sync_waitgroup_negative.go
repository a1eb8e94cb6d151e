// gomaxprocs: 1 2
// A negative WaitGroup counter is a panic (recoverable), unlike the mutex misuses.
package main

import (
	"fmt"
	"sync"
)

func done(wg *sync.WaitGroup) (err interface{}) {
	defer func() { err = recover() }()
	wg.Done()
	return nil
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	fmt.Println("first Done:", done(&wg))
	fmt.Println("second Done:", done(&wg))
	var wg2 sync.WaitGroup
	wg2.Add(-1)
	fmt.Println("not reached")
}
