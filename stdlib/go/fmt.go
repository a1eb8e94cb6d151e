// Package fmt: formatted I/O with Go's verbs. The formatting itself is C++
// (stdlib/fmt_*.cc); this file holds the types and the routing to writers.
package fmt

import (
	"errors"
	"io"
	"os"
	"syscall"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method (used by %#v).
type GoStringer interface {
	GoString() string
}

// State and Formatter exist so that programs declaring Format methods compile;
// mgo's printer does not call Format methods.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

func Sprintf(format string, a ...interface{}) string
func Sprint(a ...interface{}) string
func Sprintln(a ...interface{}) string

// fdprint* format and write to a file descriptor with one write; errno is 0 on success.
func fdprintf(fd int, format string, a []interface{}) (n int, errno int)
func fdprint(fd int, a []interface{}) (n int, errno int)
func fdprintln(fd int, a []interface{}) (n int, errno int)

// errorf formats like Sprintf, allowing one %w; wrapped is the index of its operand or -1.
func errorf(format string, a []interface{}) (msg string, wrapped int)

func writeError(f *os.File, errno int) error {
	if errno == 0 {
		return nil
	}
	return &os.PathError{Op: "write", Path: f.Name(), Err: syscall.Errno(errno)}
}

func Printf(format string, a ...interface{}) (n int, err error) {
	n, e := fdprintf(1, format, a)
	return n, writeError(os.Stdout, e)
}

func Print(a ...interface{}) (n int, err error) {
	n, e := fdprint(1, a)
	return n, writeError(os.Stdout, e)
}

func Println(a ...interface{}) (n int, err error) {
	n, e := fdprintln(1, a)
	return n, writeError(os.Stdout, e)
}

func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error) {
	if f, ok := w.(*os.File); ok && f != nil && f.Fd() != ^uintptr(0) {
		n, e := fdprintf(int(f.Fd()), format, a)
		return n, writeError(f, e)
	}
	return w.Write([]byte(Sprintf(format, a...)))
}

func Fprint(w io.Writer, a ...interface{}) (n int, err error) {
	if f, ok := w.(*os.File); ok && f != nil && f.Fd() != ^uintptr(0) {
		n, e := fdprint(int(f.Fd()), a)
		return n, writeError(f, e)
	}
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...interface{}) (n int, err error) {
	if f, ok := w.(*os.File); ok && f != nil && f.Fd() != ^uintptr(0) {
		n, e := fdprintln(int(f.Fd()), a)
		return n, writeError(f, e)
	}
	return w.Write([]byte(Sprintln(a...)))
}

func Errorf(format string, a ...interface{}) error {
	s, w := errorf(format, a)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{msg: s, err: a[w].(error)}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}
