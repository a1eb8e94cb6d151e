// io.Copy, io.CopyBuffer, io.CopyN and io.MultiWriter as a user observes them: the
// sizes a Reader is asked for, the writes a Writer sees, WriterTo/ReaderFrom short cuts,
// short and invalid writes, and CopyBuffer's panic on an empty non-nil buffer.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// sizedReader serves data and records len(p) of every Read.
type sizedReader struct {
	data  string
	reads []int
	fail  error // returned with the last bytes instead of EOF when set
}

func (r *sizedReader) Read(p []byte) (int, error) {
	r.reads = append(r.reads, len(p))
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	if len(r.data) == 0 && r.fail != nil {
		return n, r.fail
	}
	return n, nil
}

// writeLog records every Write; short and extra change what it reports.
type writeLog struct {
	writes []string
	short  int // report this many fewer bytes than given
	extra  int // report this many more bytes than given
	err    error
}

func (w *writeLog) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p) - w.short + w.extra, w.err
}

// stringLog has its own WriteString.
type stringLog struct {
	calls []string
	short bool
}

func (w *stringLog) Write(p []byte) (int, error) {
	w.calls = append(w.calls, "Write("+string(p)+")")
	return len(p), nil
}

func (w *stringLog) WriteString(s string) (int, error) {
	w.calls = append(w.calls, "WriteString("+s+")")
	if w.short {
		return len(s) - 1, nil
	}
	return len(s), nil
}

const text = "the quick brown fox jumps"

func report(label string, n int64, err error, r *sizedReader, w *writeLog) {
	fmt.Printf("%s: n=%d err=%v reads=%v writes=%q\n", label, n, err, r.reads, w.writes)
}

func main() {
	for _, size := range []int{1, 4, 7, 25, 100} {
		r, w := &sizedReader{data: text}, &writeLog{}
		n, err := io.CopyBuffer(w, r, make([]byte, size))
		report(fmt.Sprintf("CopyBuffer buf=%d", size), n, err, r, w)
	}
	// A buffer's length, not its capacity, sets the read size.
	r, w := &sizedReader{data: text}, &writeLog{}
	n, err := io.CopyBuffer(w, r, make([]byte, 6, 64))
	report("CopyBuffer len=6 cap=64", n, err, r, w)

	r, w = &sizedReader{data: text}, &writeLog{}
	n, err = io.CopyBuffer(w, r, nil)
	report("CopyBuffer nil", n, err, r, w)
	r, w = &sizedReader{data: text}, &writeLog{}
	n, err = io.Copy(w, r)
	report("Copy", n, err, r, w)
	r, w = &sizedReader{data: text}, &writeLog{}
	n, err = io.Copy(w, io.LimitReader(r, 9))
	report("Copy LimitReader 9", n, err, r, w)
	r, w = &sizedReader{data: text}, &writeLog{}
	n, err = io.Copy(w, io.LimitReader(r, 0))
	report("Copy LimitReader 0", n, err, r, w)
	r, w = &sizedReader{data: text}, &writeLog{}
	n, err = io.CopyN(w, r, 10)
	report("CopyN 10", n, err, r, w)
	r, w = &sizedReader{data: text}, &writeLog{}
	n, err = io.CopyN(w, r, 40)
	report("CopyN 40", n, err, r, w)

	// Errors: from the reader (with data), short, failing and invalid writes.
	r, w = &sizedReader{data: text, fail: errors.New("disk on fire")}, &writeLog{}
	n, err = io.CopyBuffer(w, r, make([]byte, 10))
	report("reader error", n, err, r, w)
	r, w = &sizedReader{data: text}, &writeLog{short: 2}
	n, err = io.CopyBuffer(w, r, make([]byte, 10))
	report("short write", n, err, r, w)
	r, w = &sizedReader{data: text}, &writeLog{err: errors.New("no space")}
	n, err = io.CopyBuffer(w, r, make([]byte, 10))
	report("write error", n, err, r, w)
	r, w = &sizedReader{data: text}, &writeLog{extra: 1}
	n, err = io.CopyBuffer(w, r, make([]byte, 10))
	report("invalid write", n, err, r, w)
	r, w = &sizedReader{data: text}, &writeLog{short: 20}
	n, err = io.CopyBuffer(w, r, make([]byte, 10))
	report("negative write", n, err, r, w)

	// A WriterTo source or ReaderFrom destination does the copy; the buffer is unused.
	w = &writeLog{}
	n, err = io.CopyBuffer(w, strings.NewReader(text), make([]byte, 3))
	fmt.Printf("WriterTo: n=%d err=%v writes=%q\n", n, err, w.writes)
	var buf bytes.Buffer
	r = &sizedReader{data: text}
	n, err = io.CopyBuffer(&buf, r, make([]byte, 3))
	fmt.Printf("ReaderFrom: n=%d err=%v got=%q reads=%d\n", n, err, buf.String(), len(r.reads))

	// MultiWriter.WriteString uses each writer's own WriteString.
	a, b, c := &stringLog{}, &writeLog{}, &stringLog{}
	mw := io.MultiWriter(a, io.MultiWriter(b, c))
	k, err := io.WriteString(mw, "hello")
	fmt.Println("WriteString:", k, err, a.calls, fmt.Sprintf("%q", b.writes), c.calls)
	k, err = mw.Write([]byte("bye"))
	fmt.Println("Write:", k, err, a.calls, fmt.Sprintf("%q", b.writes), c.calls)
	d, e := &stringLog{short: true}, &stringLog{}
	k, err = io.WriteString(io.MultiWriter(d, e), "stop")
	fmt.Println("short WriteString:", k, err, d.calls, e.calls)
	f := &writeLog{err: errors.New("closed")}
	k, err = io.WriteString(io.MultiWriter(f, e), "x")
	fmt.Println("failing Write:", k, err, fmt.Sprintf("%q", f.writes), e.calls)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&writeLog{}, &sizedReader{data: text}, []byte{})
	}()
	r = &sizedReader{data: text}
	io.CopyBuffer(&writeLog{}, r, make([]byte, 0, 8))
	fmt.Println("not reached", r.reads)
}
