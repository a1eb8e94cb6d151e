// Audit (issue #8): io.Pipe as Go 1.19: writes block until read (chunked by small
// reads), Close/CloseWithError of either end decide the other's error (EOF, custom,
// ErrClosedPipe); empty writes; a pipe feeding bufio.Scanner and io.ReadAll.
// gomaxprocs: 1 2
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprintln(pw, "line one")
		fmt.Fprintln(pw, "line two")
		pw.Write(nil)
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println(sc.Err())
	n, err := pr.Read(make([]byte, 4))
	fmt.Println(n, err)
	n, err = pw.Write([]byte("x"))
	fmt.Println(n, err)

	pr, pw = io.Pipe()
	done := make(chan bool)
	go func() {
		buf := make([]byte, 3)
		var parts []string
		for {
			n, err := pr.Read(buf)
			if err != nil {
				fmt.Println("reader:", parts, err)
				break
			}
			parts = append(parts, string(buf[:n]))
		}
		done <- true
	}()
	n, err = pw.Write([]byte("abcdefgh"))
	fmt.Println("wrote", n, err)
	pw.CloseWithError(errors.New("custom"))
	<-done

	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gone"))
	n, err = pw.Write([]byte("z"))
	fmt.Println(n, err)
	fmt.Println(pw.Close(), pr.Close())
	n, err = pr.Read(make([]byte, 1))
	fmt.Println(n, err)

	pr, pw = io.Pipe()
	go func() {
		io.Copy(pw, strings.NewReader(strings.Repeat("0123456789", 1000)))
		pw.Close()
	}()
	all, err := io.ReadAll(pr)
	fmt.Println(len(all), err, string(all[:12]))

	pr, pw = io.Pipe()
	pr.Close()
	_, err = pw.Write([]byte("q"))
	fmt.Println(err, err == io.ErrClosedPipe)
}
