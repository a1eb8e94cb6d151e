// Without arguments os.Args has only the program name; a usage error exits 2 like the bench programs.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[1:]))
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: prog N")
		os.Exit(2)
	}
}
