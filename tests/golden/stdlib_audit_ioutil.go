// Audit (issue #8): io/ioutil TempFile, TempDir, ReadDir and NopCloser as Go 1.19 (they
// were compile errors).
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "aud*x")
	fmt.Println(err, strings.Contains(dir, "aud"))
	defer os.RemoveAll(dir)
	for _, n := range []string{"b", "a", "c"} {
		f, err := ioutil.TempFile(dir, n+"-*.txt")
		fmt.Println(err, strings.HasPrefix(f.Name(), dir+"/"+n+"-"), strings.HasSuffix(f.Name(), ".txt"))
		f.WriteString(n)
		f.Close()
	}
	os.Mkdir(dir+"/sub", 0755)
	list, err := ioutil.ReadDir(dir)
	fmt.Println(len(list), err)
	for _, fi := range list {
		fmt.Println(fi.Name()[:1], fi.IsDir() || fi.Size() == 1, fi.IsDir(), fi.Mode().IsRegular())
	}
	_, err = ioutil.ReadDir(dir + "/nope")
	fmt.Println(strings.Replace(err.Error(), dir, "D", 1))
	_, err = ioutil.TempFile(dir, "a/b")
	fmt.Println(err)
	rc := ioutil.NopCloser(strings.NewReader("z"))
	b, _ := ioutil.ReadAll(rc)
	fmt.Println(string(b), rc.Close())
}
