// Readers and writers scripts combine: io.LimitReader, MultiReader, MultiWriter,
// TeeReader, CopyN, Copy through WriterTo/ReaderFrom, bytes.NewReader and strings.Reader
// (Seek, ReadAt, runes), strconv.UnquoteChar, os.MkdirTemp/CreateTemp.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// countingWriter records the size of each Write call.
type countingWriter struct{ sizes []int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	return len(p), nil
}

// shortWriter accepts at most 3 bytes per call.
type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) {
	if len(p) > 3 {
		return 3, nil
	}
	return len(p), nil
}

// oneByteReader returns one byte per Read, then EOF with the last byte.
type oneByteReader struct{ s string }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	if len(r.s) == 0 {
		return 1, io.EOF
	}
	return 1, nil
}

func main() {
	b, err := io.ReadAll(io.LimitReader(strings.NewReader("hello world"), 5))
	fmt.Printf("%q %v\n", b, err)
	b, err = io.ReadAll(io.LimitReader(strings.NewReader("hi"), -1))
	fmt.Printf("%q %v\n", b, err)
	lr := &io.LimitedReader{R: strings.NewReader("abcdef"), N: 4}
	buf := make([]byte, 3)
	n, err := lr.Read(buf)
	fmt.Println(n, err, lr.N)
	n, err = lr.Read(buf)
	fmt.Println(n, err, lr.N)
	n, err = lr.Read(buf)
	fmt.Println(n, err, lr.N)

	mr := io.MultiReader(strings.NewReader("one "), &oneByteReader{"two"}, strings.NewReader(""), strings.NewReader(" three"))
	b, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", b, err)
	n, err = mr.Read(buf)
	fmt.Println(n, err)
	n, err = io.MultiReader().Read(buf)
	fmt.Println(n, err)

	var sb1, sb2 strings.Builder
	mw := io.MultiWriter(&sb1, &sb2)
	fmt.Fprintf(mw, "x=%d", 42)
	fmt.Println(sb1.String(), sb2.String())
	n, err = io.MultiWriter(&sb1, shortWriter{}).Write([]byte("abcdef"))
	fmt.Println(n, err)

	var log bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &log)
	b, _ = io.ReadAll(tr)
	fmt.Printf("%q %q\n", b, log.String())

	var out bytes.Buffer
	w, err := io.CopyN(&out, strings.NewReader("0123456789"), 4)
	fmt.Println(w, err, out.String())
	w, err = io.CopyN(&out, strings.NewReader("01"), 4)
	fmt.Println(w, err, out.String())
	w, err = io.CopyN(&out, strings.NewReader("01"), 0)
	fmt.Println(w, err)

	cw := &countingWriter{}
	w, err = io.Copy(cw, strings.NewReader(strings.Repeat("z", 70000)))
	fmt.Println(w, err, cw.sizes)
	cw = &countingWriter{}
	w, err = io.Copy(cw, &oneByteReader{"abc"})
	fmt.Println(w, err, cw.sizes)
	cw = &countingWriter{}
	w, err = io.Copy(cw, io.LimitReader(&oneByteReader{"abcdef"}, 4))
	fmt.Println(w, err, cw.sizes)
	w, err = io.Copy(shortWriter{}, &oneByteReader{"abcd"})
	fmt.Println(w, err)
	w, err = io.Copy(shortWriter{}, bufio.NewReader(strings.NewReader("abcdef")))
	fmt.Println(w, err)

	br := bytes.NewReader([]byte("héllo, bytes"))
	fmt.Println(br.Len(), br.Size())
	r, size, err := br.ReadRune()
	fmt.Println(r, size, err)
	r, size, err = br.ReadRune()
	fmt.Println(r, size, err, br.UnreadRune(), br.UnreadRune())
	c, err := br.ReadByte()
	fmt.Println(c, err, br.UnreadByte(), br.Len())
	pos, err := br.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	b, _ = io.ReadAll(br)
	fmt.Printf("%q\n", b)
	_, err = br.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = br.Seek(0, 7)
	fmt.Println(err)
	pos, err = br.Seek(100, io.SeekStart)
	n, err2 := br.Read(buf)
	fmt.Println(pos, err, n, err2)
	n, err = br.ReadAt(buf, 1)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = br.ReadAt(buf, 10)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	_, err = br.ReadAt(buf, -1)
	fmt.Println(err)
	br.Reset([]byte("again"))
	var sb strings.Builder
	w, err = br.WriteTo(&sb)
	fmt.Println(w, err, sb.String(), br.Len())
	fmt.Println(bytes.NewReader(nil).UnreadByte())

	sr := strings.NewReader("strings reader")
	pos, _ = sr.Seek(8, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	n, err = sr.ReadAt(buf, 0)
	fmt.Printf("%d %q %d %v %q\n", pos, rest, n, err, buf[:n])

	for _, in := range []struct {
		s string
		q byte
	}{{`a`, '"'}, {`\n rest`, '"'}, {`\x41z`, '"'}, {`\u00e9!`, '\''}, {`\U0001F600`, '"'}, {`\377`, '"'}, {`\400`, '"'},
		{`"`, '"'}, {`'`, '"'}, {`'`, '\''}, {`\'`, '"'}, {`\"`, '\''}, {`é`, '"'}, {"\xff", '"'}, {``, '"'}, {`\q`, '"'},
		{`\ud800`, '"'}, {`\xZZ`, '"'}, {`\`, '"'}, {"`", '`'}} {
		v, mb, tail, err := strconv.UnquoteChar(in.s, in.q)
		fmt.Printf("UnquoteChar(%q, %q) = %q %v %q %v\n", in.s, in.q, v, mb, tail, err)
	}

	dir, err := os.MkdirTemp("", "mgo-golden-*-dir")
	fmt.Println(err, strings.HasPrefix(dir, os.TempDir()), strings.HasSuffix(dir, "-dir"), strings.Contains(dir, "mgo-golden-"))
	f, err := os.CreateTemp(dir, "data.*.txt")
	fmt.Println(err, strings.HasPrefix(f.Name(), dir+"/data."), strings.HasSuffix(f.Name(), ".txt"))
	f.WriteString("temp")
	f.Close()
	got, _ := os.ReadFile(f.Name())
	fmt.Println(string(got))
	g, _ := os.CreateTemp(dir, "data.*.txt")
	fmt.Println(g.Name() != f.Name())
	g.Close()
	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(err)
	_, err = os.MkdirTemp(dir+"/missing", "x")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Println(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))
}
