// time.Duration arithmetic and printing; Sleep and Since ordering (no wall-clock values printed).
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(1500*time.Millisecond, 2*time.Second+300*time.Microsecond, time.Duration(1), time.Duration(0))
	fmt.Println(time.Duration(1234567890), -3*time.Second)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 5*time.Second)
	fmt.Printf("%T %d\n", d, time.Millisecond)
}
