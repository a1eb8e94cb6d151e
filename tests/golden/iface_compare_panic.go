// Comparing interfaces holding uncomparable dynamic types panics at run time.
package main

import "fmt"

func main() {
	var a interface{} = []int{1}
	var b interface{} = []int{1}
	var c interface{} = 5
	fmt.Println(a == c)
	defer fmt.Println("deferred runs")
	fmt.Println(a == b)
	fmt.Println("not reached")
}
