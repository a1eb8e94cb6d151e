// os.Exit ends the program at once with its status: deferred calls do not run; stdout is written.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println("about to exit")
	fmt.Fprintln(os.Stderr, "error: something went wrong")
	os.Exit(3)
}
