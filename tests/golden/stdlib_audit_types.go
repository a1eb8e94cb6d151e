// Audit (issue #8): %T of values the standard library returns matches Go 1.19
// (io.NopCloser of a WriterTo is an io.nopCloserWriterTo, os errors are *fs.PathError,
// *os.SyscallError, *os.LinkError).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

func main() {
	r := strings.NewReader("x")
	vals := []interface{}{io.NopCloser(r), io.LimitReader(r, 1), io.MultiReader(r), io.TeeReader(r, io.Discard), io.MultiWriter(io.Discard), io.Discard, sort.Reverse(sort.IntSlice{}), bufio.NewReadWriter(nil, nil), time.January, time.Monday, errors.New(""), os.Args, os.Stdin, bufio.ScanLines, strings.NewReplacer("a", "b"), time.NewTimer(time.Hour), time.Now}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	_, err := os.ReadDir("/nonexist")
	fmt.Printf("%T\n", err)
	err = os.Setenv("", "x")
	fmt.Printf("%T %v\n", err, err)
	err = os.Rename("/nonexist/a", "/nonexist/b")
	fmt.Printf("%T %v\n", err, err)
	err = os.Chdir("/nonexist")
	fmt.Printf("%T %v\n", err, err)
}
