// Deadlock: an empty select with no other goroutines.
package main

import "fmt"

func main() {
	fmt.Println("blocking forever")
	select {}
}
