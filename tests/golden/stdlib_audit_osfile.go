// Audit (issue #8): os.File ReadAt/WriteAt (EOF, negative offsets, O_APPEND refusal),
// Sync/Truncate/Chmod, os.Chmod/Truncate/Symlink/Link/Readlink with Go's error values
// (were compile errors).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "osf")
	defer os.RemoveAll(dir)
	clean := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), dir, "D") }
	p := dir + "/f"
	os.WriteFile(p, []byte("0123456789"), 0644)
	f, _ := os.OpenFile(p, os.O_RDWR, 0)
	b := make([]byte, 4)
	for _, off := range []int64{0, 3, 8, 10, 20, -1} {
		n, err := f.ReadAt(b, off)
		fmt.Printf("%d %d %s %q\n", off, n, clean(err), b[:n])
	}
	n, err := f.WriteAt([]byte("AB"), 4)
	fmt.Println(n, clean(err))
	n, err = f.WriteAt([]byte("Z"), 12)
	fmt.Println(n, clean(err))
	n, err = f.WriteAt([]byte("Z"), -2)
	fmt.Println(n, clean(err))
	fmt.Println(clean(f.Sync()), clean(f.Truncate(6)), clean(f.Chmod(0600)))
	st, _ := f.Stat()
	fmt.Println(st.Size(), st.Mode())
	rest, _ := io.ReadAll(f)
	fmt.Printf("%q\n", rest)
	f.Close()
	_, err = f.ReadAt(b, 0)
	fmt.Println(clean(err), clean(f.Sync()), clean(f.Truncate(1)))
	a, _ := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
	_, err = a.WriteAt([]byte("x"), 0)
	fmt.Println(clean(err))
	a.Close()
	fmt.Println(clean(os.Chmod(p, 0755|os.ModeSetuid|os.ModeSticky)), clean(os.Chmod(dir+"/nope", 0644)))
	st, _ = os.Stat(p)
	fmt.Println(st.Mode())
	fmt.Println(clean(os.Truncate(p, 3)), clean(os.Truncate(dir+"/nope", 1)), clean(os.Truncate(p, -1)))
	d, _ := os.ReadFile(p)
	fmt.Printf("%q\n", d)
	fmt.Println(clean(os.Symlink("f", dir+"/s")), clean(os.Symlink("f", dir+"/s")), clean(os.Link(p, dir+"/h")), clean(os.Link(dir+"/nope", dir+"/h2")))
	t, err := os.Readlink(dir + "/s")
	fmt.Println(t, clean(err))
	_, err = os.Readlink(p)
	fmt.Println(clean(err))
	long := strings.Repeat("x", 300)
	os.Symlink(long, dir+"/long")
	t, err = os.Readlink(dir + "/long")
	fmt.Println(len(t), err)
	ls, _ := os.Lstat(dir + "/s")
	fmt.Println(ls.Mode()&os.ModeSymlink != 0)
	h, _ := os.ReadFile(dir + "/h")
	fmt.Printf("%q\n", h)
	var nf *os.File
	_, err = nf.ReadAt(b, 0)
	fmt.Println(err)
}
