// Package io edge cases: ReadFull/ReadAtLeast short reads (ErrUnexpectedEOF vs EOF,
// ErrShortBuffer), ReadAll of empty input, Copy into Discard, WriteString on a Writer
// without a WriteString method, the error texts.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type onlyWriter struct{ buf bytes.Buffer }

func (w *onlyWriter) Write(p []byte) (int, error) { return w.buf.Write(p) }

func main() {
	buf := make([]byte, 4)
	n, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(n, err, string(buf))
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 8)
	fmt.Println(n, err, err == io.ErrShortBuffer)
	data, err := io.ReadAll(strings.NewReader("0123456789"))
	fmt.Printf("%q %v\n", data, err)
	data, err = io.ReadAll(strings.NewReader(""))
	fmt.Printf("%q %v %v\n", data, err, data == nil)
	var dst bytes.Buffer
	m, err := io.Copy(&dst, strings.NewReader("copied"))
	fmt.Println(m, err, dst.String())
	m, err = io.Copy(io.Discard, strings.NewReader(strings.Repeat("x", 100000)))
	fmt.Println(m, err)
	w := &onlyWriter{}
	k, err := io.WriteString(w, "via Write")
	fmt.Println(k, err, w.buf.String())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrNoProgress, io.ErrShortBuffer, io.ErrClosedPipe)
}
