// stderr: stdout
//
// os.Stdout and os.Stderr are unbuffered, as in Go: every fmt.Print* call, File.Write and
// println is written when it is made, so with stderr sent to the same pipe as stdout the
// lines come out in program order. A bufio.Writer holds its bytes until Flush.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
)

type loud struct{}

func (loud) String() string {
	fmt.Fprintln(os.Stderr, "stderr: inside String, before the stdout line it is part of")
	return "loud"
}

func main() {
	log.SetFlags(0)
	fmt.Println("stdout: Println 1")
	println("stderr: println builtin 2")
	fmt.Print("stdout: Print 3\n")
	fmt.Fprintln(os.Stderr, "stderr: Fprintln 4")
	os.Stdout.WriteString("stdout: ")
	os.Stderr.Write([]byte("stderr: Write 5\n"))
	os.Stdout.WriteString("WriteString, split by a stderr line\n")
	fmt.Printf("stdout: Printf %d %v\n", 6, loud{})
	log.Print("stderr: log.Print 7")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "stdout: through bufio, printed at Flush")
	print("stderr: print builtin 8\n")
	w.Flush()
	fmt.Fprint(os.Stdout, "stdout: no newline at the end ")
	fmt.Fprintln(os.Stderr, "stderr: before exit")
	os.Exit(3)
}
