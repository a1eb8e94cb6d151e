// Audit (issue #8): os.Expand/ExpandEnv with Go's shell-name rules, UserHomeDir, the
// path constants and Getuid & co. as Go 1.19 (they were compile errors); io/fs exists and
// os.PathError, FileMode, FileInfo, DirEntry are its types (%T prints fs.*).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	os.Setenv("NAME", "gopher")
	os.Setenv("EMPTY", "")
	m := func(k string) string { return "<" + k + ">" }
	for _, s := range []string{"", "plain", "$", "a$", "$NAME", "${NAME}", "$NAME_x", "${NAME}_x", "$1$2", "${1}", "$*", "$#x", "${", "${}", "${}x", "${NAME", "$$", "$-a", "$ x", "$!", "${@}", "${ab}c", "x$NAME$EMPTY$NOPE.", "$é", "a$NAME-b", "${N*}"} {
		fmt.Printf("%q %q %q\n", s, os.Expand(s, m), os.ExpandEnv(s))
	}
	fmt.Println(os.PathSeparator, os.PathListSeparator, os.DevNull, os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	fmt.Println(os.Getuid() == os.Geteuid(), os.Getgid() >= 0, os.Getegid() >= 0, os.Getppid() > 0, os.Getpagesize()%4096 == 0)
	h, err := os.UserHomeDir()
	fmt.Println(h == os.Getenv("HOME"), err)
	os.Setenv("HOME", "")
	h, err = os.UserHomeDir()
	fmt.Println(h, err)
	fmt.Println(strings.ToUpper(os.ExpandEnv("$NAME")))
	_, err = os.Open("/nonexistent/file")
	var pe *fs.PathError
	var ope *os.PathError
	fmt.Printf("%T %v %v %v %v\n", err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), errors.As(err, &pe), errors.As(err, &ope))
	fmt.Println(pe.Op, pe.Path, pe.Err, pe.Timeout(), pe == ope)
	st, err := os.Stat("/")
	var fi fs.FileInfo = st
	fmt.Printf("%T %v %v %v\n", st.Mode(), fi.IsDir(), st.Mode()&fs.ModeDir != 0, os.ModeDir == fs.ModeDir)
	fmt.Println(fs.ModePerm, fs.FileMode(0640), fs.ModeSymlink|fs.ModeSetuid|0755, fs.ErrExist, fs.ErrPermission, fs.ErrClosed, fs.ErrInvalid)
	ents, _ := os.ReadDir("/")
	var de fs.DirEntry = ents[0]
	fmt.Printf("%v\n", de.Name() != "")
}
