// gomaxprocs: 1 2
// Each goroutine recovers its own panic; the program continues and reports every recovery.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	msgs := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				msgs[i] = fmt.Sprint("recovered: ", recover())
			}()
			arr := []int{1, 2}
			_ = arr[i]
			panic(fmt.Sprint("worker ", i))
		}(i)
	}
	wg.Wait()
	for _, m := range msgs {
		fmt.Println(m)
	}
}
