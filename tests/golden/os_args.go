// args: alpha "two words" 42 -flag=x
// os.Args holds the program name and its arguments (no shell quoting: "two and words" are separate).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d: %q\n", i+1, a)
	}
	n, err := strconv.Atoi(os.Args[4])
	fmt.Println(n*2, err)
	fmt.Println(len(os.Args[0]) > 0)
}
