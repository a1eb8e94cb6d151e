// os.Exit from another goroutine ends the whole program with that status.
package main

import (
	"fmt"
	"os"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker exiting")
		os.Exit(7)
	}()
	<-done
}
