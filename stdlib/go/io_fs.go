// Package fs (io/fs): the file-system types package os shares (os.FileMode, os.FileInfo,
// os.DirEntry and os.PathError are aliases of these, so %T prints fs.*, as Go's), and the
// error values errors.Is compares with, SkipDir, WalkDirFunc and ValidPath. The FS
// interfaces and fs.WalkDir are not provided (a use is a compile error).
package fs

import (
	"errors"
	"syscall"
	"time"
)

var (
	ErrInvalid    = syscall.ErrInvalid    // "invalid argument"
	ErrPermission = syscall.ErrPermission // "permission denied"
	ErrExist      = syscall.ErrExist      // "file already exists"
	ErrNotExist   = syscall.ErrNotExist   // "file does not exist"
	ErrClosed     = syscall.ErrClosed     // "file already closed"
)

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << 31
	ModeAppend     FileMode = 1 << 30
	ModeExclusive  FileMode = 1 << 29
	ModeTemporary  FileMode = 1 << 28
	ModeSymlink    FileMode = 1 << 27
	ModeDevice     FileMode = 1 << 26
	ModeNamedPipe  FileMode = 1 << 25
	ModeSocket     FileMode = 1 << 24
	ModeSetuid     FileMode = 1 << 23
	ModeSetgid     FileMode = 1 << 22
	ModeCharDevice FileMode = 1 << 21
	ModeSticky     FileMode = 1 << 20
	ModeIrregular  FileMode = 1 << 19

	ModeType          = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

func (m FileMode) IsDir() bool     { return m&ModeDir != 0 }
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }
func (m FileMode) Perm() FileMode  { return m & ModePerm }
func (m FileMode) Type() FileMode  { return m & ModeType }

type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() interface{}
}

type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string {
	return e.Op + " " + e.Path + ": " + e.Err.Error()
}

func (e *PathError) Unwrap() error {
	return e.Err
}

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// SkipDir, returned by a WalkDirFunc (filepath.SkipDir is this value), skips the
// directory, or the rest of the parent directory when returned for a file.
var SkipDir = errors.New("skip this directory")

type WalkDirFunc func(path string, d DirEntry, err error) error

// ValidPath reports whether name is an unrooted, slash-separated path with no empty,
// "." or ".." elements (except "." itself).
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}
