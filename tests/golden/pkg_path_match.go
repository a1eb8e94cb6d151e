// path.Match and filepath.Match (Go's shell patterns: * and ? never match '/', [...]
// classes with ranges, ^ negation and \ escapes, ErrBadPattern for malformed patterns even
// after a mismatch) and filepath.Glob over a directory tree made by the program.
package main

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	cases := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"}, {"a*/b", "abc/b"},
		{"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"}, {"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"},
		{"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"},
		{"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"},
		{"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"},
		{"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"},
		{"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"},
		{"[-x]", "x"}, {"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
		{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "a"},
		{"[\xff]", "a"}, {"a\\", "a"}, {"*[", "a"}, {"x[a", "y"},
	}
	for _, c := range cases {
		m1, e1 := path.Match(c[0], c[1])
		m2, e2 := filepath.Match(c[0], c[1])
		fmt.Printf("%q %q: %v %v | %v %v %v %v\n", c[0], c[1], m1, e1, m2, e2,
			errors.Is(e1, path.ErrBadPattern), errors.Is(e2, filepath.ErrBadPattern))
	}

	dir, err := os.MkdirTemp("", "globtest")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, f := range []string{"a.go", "b.go", "c.txt", "sub/d.go", "sub/e.md", "sub2/f.go", "sub2/deep/g.go", "[x].go"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, []byte(f), 0644)
	}
	rel := func(ms []string, err error) string {
		out := make([]string, len(ms))
		for i, m := range ms {
			out[i] = strings.TrimPrefix(m, dir+"/")
		}
		return fmt.Sprint(out, " ", err, " ", ms == nil)
	}
	for _, p := range []string{"*.go", "*", "sub*/*.go", "*/*", "sub/?.md", "[ab].go", "\\[x\\].go", "nothing*", "c.txt",
		"missing", "*/deep/*", "[", "sub/[", "*.[a-z][a-z]"} {
		fmt.Printf("Glob %q: %s\n", p, rel(filepath.Glob(filepath.Join(dir, p))))
	}
	fmt.Println(rel(filepath.Glob("[")))
}
