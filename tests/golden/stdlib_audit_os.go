// Audit (issue #8): os.Expand/ExpandEnv with Go's shell-name rules, UserHomeDir, the
// path constants and Getuid & co. as Go 1.19 (they were compile errors).
package main

import (
	"fmt"
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
	fmt.Println(os.Getuid() == os.Geteuid(), os.Getgid() >= 0, os.Getegid() >= 0, os.Getppid() > 0, os.Getpagesize())
	h, err := os.UserHomeDir()
	fmt.Println(h == os.Getenv("HOME"), err)
	os.Setenv("HOME", "")
	h, err = os.UserHomeDir()
	fmt.Println(h, err)
	fmt.Println(strings.ToUpper(os.ExpandEnv("$NAME")))
}
