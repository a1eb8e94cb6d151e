// Package syscall: only Errno (the Err of os.PathError) and the errno values os uses.
package syscall

import "errors"

type Errno uintptr

// errstr is Go's text for errno e ("no such file or directory").
func errstr(e int) string

func (e Errno) Error() string {
	return errstr(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == EACCES || e == EPERM
	case ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case ErrNotExist:
		return e == ENOENT
	}
	return false
}

const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	EINTR     Errno = 4
	EIO       Errno = 5
	EBADF     Errno = 9
	EAGAIN    Errno = 11
	EACCES    Errno = 13
	EEXIST    Errno = 17
	ENOTDIR   Errno = 20
	EISDIR    Errno = 21
	EINVAL    Errno = 22
	EPIPE     Errno = 32
	ENOTEMPTY Errno = 39
)

// The portable errors of io/fs (Go keeps them in internal/oserror).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
