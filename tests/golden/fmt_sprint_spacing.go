// Print/Sprint add spaces only between operands when neither is a string; Println always does.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint(1, 2, "x", 3, nil, 4)
	fmt.Println(s, len(s))
	s2 := fmt.Sprintln("end", 9)
	fmt.Print(s2)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 1)
	fmt.Fprint(os.Stdout, "fp", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "fpln", []string{})
	fmt.Print()
	fmt.Println()
}
