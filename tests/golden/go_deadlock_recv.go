// gomaxprocs: 1 2
// Deadlock: main blocks on a receive nobody will send to; Go reports it and exits 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting") // before the go statement: the output order must not depend on stealing
	go func() {
		fmt.Println("helper exits without sending")
	}()
	<-ch
}
