// Package os: files on file descriptors, the process's arguments and environment, Exit.
// System calls are C++ externs (stdlib/os.cc) that return an errno (0 on success); the
// errors are built here as Go builds them (*PathError with a syscall.Errno).
package os

import (
	"errors"
	"io"
	"io/fs"
	"sort"
	"syscall"
	"time"
)

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// FileMode, FileInfo, DirEntry and PathError are io/fs's, as in Go (%T prints fs.*).
type (
	FileMode  = fs.FileMode
	FileInfo  = fs.FileInfo
	DirEntry  = fs.DirEntry
	PathError = fs.PathError
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// fileStat keeps the modification time as seconds and nanoseconds, not as a time.Time:
// a *fileStat reaches an interface (FileInfo), so the JIT keeps the methods of every type
// it contains, and a time.Time field would compile package time's ~95 methods into every
// program that writes to os.Stdout/os.Stderr through an io.Writer.
type fileStat struct {
	name string
	size int64
	mode FileMode
	sec  int64
	nsec int64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return time.Unix(fs.sec, fs.nsec) }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() interface{}   { return nil }

// statFile is stat(2) (lstat(2) when !follow): size, st_mode, mtime, errno.
func statFile(name string, follow bool) (size int64, mode uint32, sec int64, nsec int64, errno int)

func modeFromUnix(m uint32) FileMode {
	mode := FileMode(m & 0777)
	switch m & 0170000 {
	case 0060000:
		mode |= ModeDevice
	case 0020000:
		mode |= ModeDevice | ModeCharDevice
	case 0040000:
		mode |= ModeDir
	case 0010000:
		mode |= ModeNamedPipe
	case 0120000:
		mode |= ModeSymlink
	case 0140000:
		mode |= ModeSocket
	}
	if m&04000 != 0 {
		mode |= ModeSetuid
	}
	if m&02000 != 0 {
		mode |= ModeSetgid
	}
	if m&01000 != 0 {
		mode |= ModeSticky
	}
	return mode
}

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func stat(op, name string, follow bool) (FileInfo, error) {
	size, mode, sec, nsec, e := statFile(name, follow)
	if e != 0 {
		return nil, pathErr(op, name, e)
	}
	return &fileStat{name: basename(name), size: size, mode: modeFromUnix(mode), sec: sec, nsec: nsec}, nil
}

func Stat(name string) (FileInfo, error) {
	return stat("stat", name, true)
}

func Lstat(name string) (FileInfo, error) {
	return stat("lstat", name, false)
}

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	return stat("stat", f.name, true)
}

type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string            { return d.name }
func (d *dirEntry) IsDir() bool             { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode          { return d.typ }
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.dir + "/" + d.name) }

// readDirNames lists a directory's entries (without . and ..), errno on failure.
func readDirNames(name string) (names []string, errno int)

// ReadDir returns the directory's entries sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	names, e := readDirNames(name)
	if e != 0 {
		return []DirEntry{}, pathErr("open", name, e)
	}
	sort.Strings(names)
	entries := make([]DirEntry, 0, len(names))
	for _, n := range names {
		_, mode, _, _, e := statFile(name+"/"+n, false)
		if e != 0 {
			continue // removed meanwhile, as Go skips it
		}
		entries = append(entries, &dirEntry{dir: name, name: n, typ: modeFromUnix(mode).Type()})
	}
	return entries, nil
}

func hostname() (name string, errno int)

func Hostname() (name string, err error) {
	n, e := hostname()
	if e != 0 {
		return "", &SyscallError{Syscall: "hostname", Err: syscall.Errno(e)}
	}
	return n, nil
}

func environ() []string

func Environ() []string {
	return environ()
}

func chdir(dir string) int

func Chdir(dir string) error { return pathErr("chdir", dir, chdir(dir)) }

func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	fi, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	if fi.IsDir() {
		entries, err := ReadDir(path)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if err := RemoveAll(path + "/" + e.Name()); err != nil {
				return err
			}
		}
	}
	err = Remove(path)
	if err != nil && IsNotExist(err) {
		return nil
	}
	return err
}

type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool // opened with O_APPEND: WriteAt is refused, as Go's
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args: argv[0] is the script's path, then its arguments (set by the JIT through
// mgo::std::set_args before initialisation).
var Args []string = runtime_args()

func runtime_args() []string

func sysRead(fd int, b []byte) (n int, errno int)
func sysWrite(fd int, b []byte) (n int, errno int)
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)
func sysClose(fd int) int
func sysSeek(fd int, offset int64, whence int) (int64, int)

// readFile returns the whole file; errno > 0 failed at open, errno < 0 at read (-errno).
func readFile(name string) (data []byte, errno int)
func lookupEnv(key string) (value string, ok bool)
func setenv(key, value string) int
func unsetenv(key string) int
func getwd() (dir string, errno int)
func sysMkdir(name string, perm uint32) int
func sysRemove(name string) int
func sysRename(from, to string) int
func sysStat(name string) (size int64, mode uint32, errno int)
func sysPathOp(op int, a, b string, arg int64) int // 1 chmod, 2 truncate, 3 symlink, 4 link
func sysFdOp(op int, fd int, arg int64) int        // 1 fsync, 2 ftruncate, 3 fchmod
func sysPread(fd int, b []byte, off int64) (n int, errno int)
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)
func sysReadlink(name string) (target string, errno int)

// Exit ends the program at once with the given status; deferred functions do not run.
func Exit(code int)
func Getpid() int
func Getppid() int
func Getuid() int
func Geteuid() int
func Getgid() int
func Getegid() int
func Getpagesize() int

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// UserHomeDir is $HOME, as Go's on Unix.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// Expand replaces $var and ${var} in s by mapping(var), with Go's shell-name rules: a
// special one-character name ($*, $#, $1, ...), else a run of letters, digits and _; a
// bad ${...} is dropped and a $ followed by no name stays.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 == len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[i:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name != "":
			buf = append(buf, mapping(name)...)
		case w == 0:
			buf = append(buf, '$')
		}
		j += w
		i = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func ExpandEnv(s string) string { return Expand(s, Getenv) }

func isShellSpecial(c uint8) bool {
	return c == '*' || c == '#' || c == '$' || c == '@' || c == '!' || c == '?' || c == '-' || '0' <= c && c <= '9'
}

// shellName: the name after a $ and the bytes it takes (name "" with w > 0: bad syntax).
func shellName(s string) (name string, w int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isShellSpecial(s[0]) {
		return s[:1], 1
	}
	i := 0
	for i < len(s) && (s[i] == '_' || '0' <= s[i] && s[i] <= '9' || 'a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	return s[:i], i
}

func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

func (f *File) Name() string {
	return f.name
}

func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, pathErr("read", f.name, e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	return n, pathErr("write", f.name, e)
}

func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := sysSeek(f.fd, offset, whence)
	return r, pathErr("seek", f.name, e) // sysSeek gives 0 on error
}

// ReadAt reads len(b) bytes at off (pread), io.EOF when the file ends first.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != 0 {
			return n, pathErr("read", f.name, e)
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// WriteAt writes b at off (pwrite); refused on a file opened with O_APPEND.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPwrite(f.fd, b, off)
		if e != 0 {
			return n, pathErr("write", f.name, e)
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// fdOp runs sysFdOp on f, errors as *PathError{op}.
func (f *File) fdOp(name string, op int, arg int64) error {
	if err := f.checkValid(name); err != nil {
		return err
	}
	return pathErr(name, f.name, sysFdOp(op, f.fd, arg))
}

func (f *File) Sync() error               { return f.fdOp("sync", 1, 0) }
func (f *File) Truncate(size int64) error { return f.fdOp("truncate", 2, size) }
func (f *File) Chmod(mode FileMode) error { return f.fdOp("chmod", 3, int64(unixMode(mode))) }

// unixMode is Go's syscallMode: permission bits plus setuid, setgid and sticky.
func unixMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= 04000
	}
	if m&ModeSetgid != 0 {
		o |= 02000
	}
	if m&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

// pathErr is the *PathError for errno e of op on name (nil for 0); linkErr the *LinkError.
func pathErr(op, name string, e int) error {
	if e == 0 {
		return nil
	}
	return &PathError{Op: op, Path: name, Err: syscall.Errno(e)}
}

func linkErr(op, oldname, newname string, e int) error {
	if e == 0 {
		return nil
	}
	return &LinkError{Op: op, Old: oldname, New: newname, Err: syscall.Errno(e)}
}

func Chmod(name string, mode FileMode) error {
	return pathErr("chmod", name, sysPathOp(1, name, "", int64(unixMode(mode))))
}
func Truncate(name string, size int64) error {
	return pathErr("truncate", name, sysPathOp(2, name, "", size))
}
func Symlink(oldname, newname string) error {
	return linkErr("symlink", oldname, newname, sysPathOp(3, oldname, newname, 0))
}
func Link(oldname, newname string) error {
	return linkErr("link", oldname, newname, sysPathOp(4, oldname, newname, 0))
}

func Readlink(name string) (string, error) {
	t, e := sysReadlink(name)
	return t, pathErr("readlink", name, e)
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return pathErr("close", f.name, sysClose(f.fd))
}

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, uint32(perm))
	if e != 0 {
		return nil, pathErr("open", name, e)
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func ReadFile(name string) ([]byte, error) {
	data, e := readFile(name)
	if e > 0 {
		return nil, pathErr("open", name, e)
	}
	if e < 0 {
		return nil, &PathError{Op: "read", Path: name, Err: syscall.Errno(-e)}
	}
	return data, nil
}

func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

func Getenv(key string) string {
	v, _ := lookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool) {
	return lookupEnv(key)
}

func Setenv(key, value string) error { return NewSyscallError("setenv", errnoErr(setenv(key, value))) }
func Unsetenv(key string) error      { return NewSyscallError("unsetenv", errnoErr(unsetenv(key))) }

// errnoErr is errno e as an error, nil for 0.
func errnoErr(e int) error {
	if e == 0 {
		return nil
	}
	return syscall.Errno(e)
}

// NewSyscallError returns a *SyscallError for err, or nil when err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{Syscall: syscall, Err: err}
}

type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string {
	return e.Syscall + ": " + e.Err.Error()
}

func (e *SyscallError) Unwrap() error {
	return e.Err
}

func Getwd() (dir string, err error) {
	d, e := getwd()
	if e != 0 {
		return "", &SyscallError{Syscall: "getwd", Err: syscall.Errno(e)}
	}
	return d, nil
}

func Mkdir(name string, perm FileMode) error {
	return pathErr("mkdir", name, sysMkdir(name, uint32(perm)))
}

func MkdirAll(path string, perm FileMode) error {
	if _, mode, e := sysStat(path); e == 0 {
		if mode&0170000 == 0040000 {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		if _, mode, e := sysStat(path); e == 0 && mode&0170000 == 0040000 {
			return nil
		}
		return err
	}
	return nil
}

func Remove(name string) error {
	return pathErr("remove", name, sysRemove(name))
}

func Rename(oldpath, newpath string) error {
	return linkErr("rename", oldpath, newpath, sysRename(oldpath, newpath))
}

type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error {
	return e.Err
}

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func IsNotExist(err error) bool {
	return errors.Is(underlyingError(err), ErrNotExist)
}

func IsExist(err error) bool {
	return errors.Is(underlyingError(err), ErrExist)
}

func IsPermission(err error) bool {
	return errors.Is(underlyingError(err), ErrPermission)
}

// ---- temporary files and directories (Go's tempfile.go) ----

var errPatternHasSeparator = errors.New("pattern contains path separator")

var tempRand uint64

// nextRandom is a decimal pseudo-random number for temporary names (Go uses fastrand);
// a clash only costs another try.
func nextRandom() string {
	if tempRand == 0 {
		tempRand = uint64(time.Now().UnixNano()) ^ uint64(Getpid())<<32 | 1
	}
	tempRand ^= tempRand << 13
	tempRand ^= tempRand >> 7
	tempRand ^= tempRand << 17
	n := uint32(tempRand >> 32)
	var b [10]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	prefix = pattern
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	return prefix, suffix, nil
}

func tempJoin(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = tempJoin(dir, prefix)
	for try := 0; ; {
		f, err := OpenFile(prefix+nextRandom()+suffix, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = tempJoin(dir, prefix)
	for try := 0; ; {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}
