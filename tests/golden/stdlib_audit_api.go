// Audit (issue #8): functions added so that they no longer are compile errors, checked
// against Go 1.19: strconv.ParseComplex/FormatComplex/QuotedPrefix/AppendQuote*,
// strings.ToValidUTF8/Clone, bytes.ToValidUTF8/LastIndexAny, sort.Find, bufio's Discard and
// AvailableBuffer, bytes.Buffer.UnreadRune, regexp's Expand/Copy/Find(All)Submatch(Index).
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

func main() {
	for _, s := range []string{"", "1", "(1)", "1i", "(1i)", "i", "1+2i", "(1+2i)", "1-2i", "-1-2i", "+1+2i", "1++2i", "1+-2i", "1e3+1e-3i", "inf+infi", "-Inf-NaNi", "NaN+NaNi", "+NaNi", "NaNi", "(1+2i", "1+2", "1+2j", "1e400+1i", "1+1e400i", "1e40", "0x1p3+0x1p-2i", "1_0+2_0i", "1.5e", " 1+2i", "1+2i ", "2ii", "infi", "infinityi", "-infinityi", "1+infinity", "()", "(", "3.4e39+1i"} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Println(s, c, err, c64, err64)
	}
	for _, c := range []complex128{0, complex(1, -2), complex(-1.5, 0.25), complex(1e21, -1e-7)} {
		fmt.Println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'f', 2, 64), strconv.FormatComplex(c, 'e', 3, 128))
	}
	func() {
		defer func() { fmt.Println(recover()) }()
		strconv.FormatComplex(1, 'g', -1, 32)
	}()
	for _, s := range []string{"", `"abc"rest`, `"a\"b" x`, `'a'b`, "`raw\nstr`x", `"unterminated`, "\"new\nline\"", `'ab'`, `"\q"`, `'\''z`, "`", `x"a"`, `"\xff"`, `"\u00e9"…`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", p, err)
	}
	fmt.Println(string(strconv.AppendQuoteToGraphic([]byte("x"), "\u00a0\t")), string(strconv.AppendQuoteRuneToASCII(nil, 'é')), string(strconv.AppendQuoteRuneToGraphic(nil, '\u00a0')))
	fmt.Printf("%q %q %q\n", strings.ToValidUTF8("a\xff\xfeb\xc3(c\xed\xa0\x80", "?"), strings.ToValidUTF8("", "x"), strings.ToValidUTF8("\xff", ""))
	fmt.Printf("%q %q %d\n", bytes.ToValidUTF8([]byte("a\xffb"), []byte("<>")), strings.Clone("abc"), bytes.LastIndexAny([]byte("abcabc"), "ba"))
	a := []int{1, 3, 5, 7, 9}
	for _, x := range []int{0, 1, 4, 9, 10} {
		calls := 0
		i, found := sort.Find(len(a), func(k int) int { calls++; return x - a[k] })
		fmt.Println(x, i, found, calls)
	}
	br := bufio.NewReaderSize(strings.NewReader(strings.Repeat("abcdefghij", 5)), 16)
	for _, n := range []int{0, 3, 20, -1, 100} {
		d, err := br.Discard(n)
		fmt.Println(n, d, err, br.Buffered())
	}
	var sb strings.Builder
	bw := bufio.NewWriterSize(&sb, 32)
	bw.WriteString("abc")
	ab := bw.AvailableBuffer()
	fmt.Println(len(ab), cap(ab))
	ab = strconv.AppendInt(ab, 12345, 10)
	bw.Write(ab)
	bw.Flush()
	fmt.Println(sb.String())
	var buf bytes.Buffer
	buf.WriteString("héllo")
	r, sz, _ := buf.ReadRune()
	r2, sz2, _ := buf.ReadRune()
	fmt.Println(r, sz, r2, sz2, buf.UnreadRune(), buf.UnreadRune(), buf.String())
	b1, _ := buf.ReadByte()
	fmt.Println(b1, buf.UnreadRune(), buf.UnreadByte(), buf.UnreadByte())
	io.ReadAll(&buf)
	fmt.Println(buf.UnreadRune())
	re := regexp.MustCompile(`(\w+)=(\d+)?`)
	src := []byte("a=1 b= c=33")
	fmt.Printf("%q\n", re.FindAllSubmatch(src, -1))
	fmt.Println(re.FindAllSubmatchIndex(src, 2), re.FindSubmatchIndex(src), re.FindSubmatchIndex([]byte("zz")))
	var dst []byte
	for _, m := range re.FindAllSubmatchIndex(src, -1) {
		dst = re.Expand(dst, []byte("[$2:$1]"), src, m)
	}
	fmt.Println(string(dst))
	c := re.Copy()
	fmt.Println(c.String(), c.MatchString("x=1"), c.NumSubexp())
	fmt.Printf("%q\n", re.FindAllSubmatch([]byte("none"), -1) == nil)
}
