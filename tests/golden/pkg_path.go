// Packages path and path/filepath edge cases from Go's examples: Clean of empty, rooted and
// dot-dot paths, Split/Base/Dir/Ext of trailing slashes, Join with empty elements, and Rel.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "/", "//", "a/c", "a//c", "a/c/.", "a/c/b/..", "/../a/c", "/../a/b/../././/c", "../../x", "a/../..", "abc/", "/a/b/"} {
		dir, file := path.Split(p)
		fmt.Printf("%q: clean %q base %q dir %q ext %q abs %v split %q %q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	fmt.Println(path.Join("a", "b", "c"), path.Join("a", "", "c"), path.Join("", ""), path.Join("a", "../../b"), path.Join("/", "a"), path.Join("a/", "/b/"))
	fmt.Println(path.Ext("index.html.tmpl"), path.Ext("noext"), path.Ext(".bashrc"), path.Ext("a.b/c"))
	fmt.Println(filepath.Join("dir", "sub", "..", "file.go"), filepath.Base("/x/y.tar.gz"), filepath.Dir("file"), filepath.Ext("/x/y.tar.gz"), filepath.Clean("a/./b/../../.."))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.IsAbs("/x"), filepath.IsAbs("x"), string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Printf("%q\n", filepath.SplitList("/a/bin:/usr/bin::/x"))
	fmt.Printf("%q\n", filepath.SplitList(""))
	for _, c := range [][2]string{{"/a", "/a/b/c"}, {"/a", "/b/c"}, {"/a/b", "/a"}, {"a", "a/b/../c"}, {"/a", "b"}, {"a", "/b"}, {".", "."}, {"../x", "y"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", c[0], c[1], r, err)
	}
	d, f := filepath.Split("/home/arnie/amelia.jpg")
	fmt.Println(d, f, filepath.VolumeName("/x"))
}
