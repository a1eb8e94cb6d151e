// Audit (issue #8): io.SectionReader (Read, ReadAt, Seek, Size at section edges) and the
// WriterAt/WriteSeeker/ReadWriteSeeker/ReadSeekCloser interfaces as Go 1.19 (were compile errors).
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789abcdef")
	for _, c := range [][2]int64{{0, 5}, {3, 4}, {10, 100}, {16, 2}, {20, 1}, {2, 0}, {1, 1<<63 - 1}} {
		s := io.NewSectionReader(r, c[0], c[1])
		b, err := io.ReadAll(s)
		fmt.Printf("%q %v %d\n", b, err, s.Size())
		buf := make([]byte, 3)
		for _, off := range []int64{-1, 0, 2, 3, 50} {
			n, err := s.ReadAt(buf, off)
			fmt.Printf("  at %d: %d %v %q\n", off, n, err, buf[:n])
		}
		for _, w := range [][2]int64{{0, io.SeekStart}, {-1, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {0, 9}} {
			p, err := s.Seek(w[0], int(w[1]))
			n, rerr := s.Read(buf)
			fmt.Printf("  seek %v: %d %v / %d %v %q\n", w, p, err, n, rerr, buf[:n])
		}
	}
	var rsc io.ReadSeekCloser
	var ws io.WriteSeeker
	var rws io.ReadWriteSeeker
	var wa io.WriterAt
	fmt.Println(rsc == nil, ws == nil, rws == nil, wa == nil)
}
