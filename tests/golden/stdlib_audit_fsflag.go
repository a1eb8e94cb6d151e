// Audit (issue #8): io/fs SkipDir (filepath.SkipDir is it), WalkDirFunc, ValidPath and
// flag.Func / FlagSet.Func as Go 1.19 (were compile errors).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	for _, p := range []string{".", "", "a", "a/b", "/a", "a/", "a//b", "a/./b", "a/../b", "..", "a/..", "x.txt", "é/ü"} {
		fmt.Print(fs.ValidPath(p), " ")
	}
	fmt.Println()
	fmt.Println(filepath.SkipDir == fs.SkipDir, errors.Is(filepath.SkipDir, fs.SkipDir), fs.SkipDir)
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	for _, p := range []string{"a/x", "a/y", "b/skip/z", "b/keep", "c"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0755)
		os.WriteFile(filepath.Join(dir, p), []byte(p), 0644)
	}
	var seen []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		seen = append(seen, rel)
		if d.IsDir() && d.Name() == "skip" {
			return fs.SkipDir
		}
		if rel == "a/x" {
			return filepath.SkipDir
		}
		return nil
	})
	sort.Strings(seen)
	fmt.Println(seen, err)
	var fn fs.WalkDirFunc = func(string, fs.DirEntry, error) error { return nil }
	fmt.Println(filepath.WalkDir(dir, fn))
	fset := flag.NewFlagSet("t", flag.ContinueOnError)
	fset.SetOutput(os.Stdout)
	var got []string
	fset.Func("tag", "add a `tag`", func(s string) error {
		if s == "bad" {
			return errors.New("no bad tags")
		}
		got = append(got, s)
		return nil
	})
	err = fset.Parse([]string{"-tag", "a", "-tag=b", "x"})
	fmt.Println(got, err, fset.Args())
	err = fset.Parse([]string{"-tag", "bad"})
	fmt.Println(err)
	fset.PrintDefaults()
	fmt.Println(strings.Repeat("-", 3), fset.Lookup("tag").Value.String() == "", fset.Lookup("tag").DefValue == "")
	flag.Func("g", "global", func(string) error { return nil })
	fmt.Println(flag.Lookup("g") != nil)
}
