// env: PKG_OS_A=alpha PKG_OS_EMPTY=
// args: one "two" -3
//
// Package os edge cases: Args, Getenv vs LookupEnv of empty and missing variables, file
// create/write/read/seek/stat, errors for missing files and directories (PathError texts,
// IsNotExist/IsExist), Mkdir on an existing directory, operations on closed files.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var dir string

func show(what string, err error) {
	msg := "<nil>"
	if err != nil {
		msg = strings.ReplaceAll(err.Error(), dir, "$DIR")
	}
	fmt.Printf("%s: %s\n", what, msg)
}

func main() {
	dir = fmt.Sprintf("%s/mgo_pkg_os_%d", os.TempDir(), os.Getpid())
	fmt.Printf("%d %q\n", len(os.Args), os.Args[1:])
	v, ok := os.LookupEnv("PKG_OS_A")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("PKG_OS_EMPTY")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("PKG_OS_EMPTY"))
	v, ok = os.LookupEnv("PKG_OS_MISSING")
	fmt.Printf("%q %v\n", v, ok)
	show("Setenv", os.Setenv("PKG_OS_B", "b=c"))
	fmt.Println(os.Getenv("PKG_OS_B"))
	show("Unsetenv", os.Unsetenv("PKG_OS_B"))
	_, ok = os.LookupEnv("PKG_OS_B")
	fmt.Println(ok)
	show("Setenv empty key", os.Setenv("", "x"))

	show("Mkdir", os.Mkdir(dir, 0o755))
	defer os.RemoveAll(dir)
	err := os.Mkdir(dir, 0o755)
	show("Mkdir again", err)
	fmt.Println(os.IsExist(err), errors.Is(err, os.ErrExist), os.IsNotExist(err))
	show("MkdirAll", os.MkdirAll(dir+"/a/b/c", 0o755))
	show("MkdirAll existing", os.MkdirAll(dir+"/a/b", 0o755))

	name := dir + "/f.txt"
	show("WriteFile", os.WriteFile(name, []byte("hello\nworld\n"), 0o644))
	data, err := os.ReadFile(name)
	fmt.Printf("%q ", data)
	show("ReadFile", err)
	fi, err := os.Stat(name)
	show("Stat", err)
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().IsRegular())
	fi, _ = os.Stat(dir + "/a")
	fmt.Println(fi.Name(), fi.IsDir(), fi.Mode().IsDir(), fi.Mode().String()[0:1])

	f, err := os.OpenFile(name, os.O_RDWR|os.O_APPEND, 0)
	show("OpenFile", err)
	n, err := f.WriteString("again\n")
	fmt.Print(n, " ")
	show("WriteString", err)
	off, err := f.Seek(0, 0 /* io.SeekStart */)
	fmt.Print(off, " ")
	show("Seek", err)
	buf := make([]byte, 4)
	n, err = f.Read(buf)
	fmt.Printf("%d %q ", n, buf[:n])
	show("Read", err)
	off, _ = f.Seek(-3, 2 /* io.SeekEnd */)
	rest, err := io.ReadAll(f)
	fmt.Printf("%d %q ", off, rest)
	show("ReadAll", err)
	n, err = f.Read(buf)
	fmt.Print(n, " ")
	show("Read at EOF", err)
	show("Close", f.Close())
	show("Close again", f.Close())
	_, err = f.Write([]byte("x"))
	show("Write closed", err)
	_, err = f.Read(buf)
	show("Read closed", err)

	_, err = os.Open(dir + "/missing")
	show("Open missing", err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, strings.ReplaceAll(pe.Path, dir, "$DIR"), pe.Err)
	}
	_, err = os.ReadFile(dir)
	show("ReadFile dir", err)
	_, err = os.Stat(dir + "/missing/x")
	show("Stat missing", err)
	show("Remove missing", os.Remove(dir+"/missing"))
	show("Remove non-empty", os.Remove(dir+"/a"))
	show("Rename", os.Rename(name, dir+"/g.txt"))
	show("Rename missing", os.Rename(name, dir+"/h.txt"))
	_, err = os.Create(dir + "/nodir/x")
	show("Create in missing dir", err)
	entries, err := os.ReadDir(dir)
	show("ReadDir", err)
	for _, e := range entries {
		fmt.Print(e.Name(), " ", e.IsDir(), "; ")
	}
	fmt.Println()
	show("RemoveAll", os.RemoveAll(dir))
	show("RemoveAll missing", os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))
	n, err = os.Stdout.WriteString("to stdout\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	n, err = os.Stdin.Read(buf)
	fmt.Println("stdin:", n, err)
	os.Exit(3)
}
