// env: GOMAXPROCS=2
// runtime.GOMAXPROCS, NumGoroutine, Gosched, NumCPU>0.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumGoroutine())
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev, runtime.GOMAXPROCS(0))
	done := make(chan bool)
	go func() { done <- true }()
	runtime.Gosched()
	<-done
	fmt.Println(runtime.NumCPU() > 0)
	fmt.Println(runtime.GOOS, runtime.GOARCH)
}
