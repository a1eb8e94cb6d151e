// Edge cases of package strings with invalid UTF-8, Unicode white space, empty strings and
// negative counts, for every function the stdlib issue lists (Fields and the Trim family
// are hand-written in C++ with ASCII fast paths: both paths are exercised).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	bad := "a\xffb\xc3(\xe2\x82 c\xed\xa0\x80d\xf4\x90\x80\x80"
	ins := []string{"", " ", "\t\n\v\f\r ", "a", "  a  b  ", "\u0085x\u00a0y\u2028z\u3000", bad,
		"\xff \xfe", "é è\u00a0ê", "\x00 \x1c\x1d\x1e\x1f \x85"}
	for _, s := range ins {
		f := strings.Fields(s)
		fmt.Printf("Fields(%q) = %q len %d nil %v\n", s, f, len(f), f == nil)
		fmt.Printf("TrimSpace(%q) = %q\n", s, strings.TrimSpace(s))
	}
	cuts := []string{"", "a", "ab", " ", "\xff", "\ufffd", "é", "\xe2\x82", ".,;:!?\"'()", "\x80a"}
	for _, s := range append(ins, "aaxaa", "\ufffdx\xff", "ééxé", "\xffa\xff", "..,x,;") {
		for _, c := range cuts {
			fmt.Printf("Trim(%q,%q)=%q L=%q R=%q\n", s, c, strings.Trim(s, c), strings.TrimLeft(s, c), strings.TrimRight(s, c))
		}
	}
	fmt.Printf("%q\n", strings.TrimFunc(bad, func(r rune) bool { return r == unicode.ReplacementChar || r == 'a' }))
	fmt.Printf("%q %q\n", strings.TrimPrefix("", ""), strings.TrimSuffix("x", ""))

	// Searching with invalid UTF-8 and RuneError.
	for _, r := range []rune{'a', 0xFFFD, 0x10FFFF + 1, -1, 0xD800, 'é', 0} {
		fmt.Println("IndexRune", r, strings.IndexRune(bad, r), strings.IndexRune("x\ufffd", r), strings.ContainsRune(bad, r))
	}
	fmt.Println(strings.ContainsAny(bad, "\xff"), strings.ContainsAny("x", ""), strings.ContainsAny("", ""), strings.ContainsAny("\ufffd", "\xff"))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""), strings.Index("ab", "abc"), strings.IndexByte("", 'a'))
	fmt.Println(strings.Count("", ""), strings.Count("héllo", ""), strings.Count(bad, ""), strings.Count("aaaa", "aa"))
	fmt.Printf("%q\n", strings.Split(bad, ""))
	fmt.Printf("%q %q %q\n", strings.Split("", ","), strings.Split("a,b,", ","), strings.Split("", ""))
	fmt.Printf("%q %q %q\n", strings.SplitN("a,b,c", ",", 0), strings.SplitN("a,b,c", ",", -1), strings.SplitN("a,b,c", ",", 2))
	fmt.Printf("%q %q\n", strings.SplitN("abc", "", 2), strings.SplitN("", "", -1))
	fmt.Printf("%q %q\n", strings.Join(nil, ","), strings.Join([]string{"", ""}, ""))
	fmt.Printf("%q %q %q\n", strings.Replace("aaa", "a", "b", 0), strings.Replace("aaa", "a", "b", -1), strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q %q\n", strings.Replace("héllo", "", "-", 3), strings.ReplaceAll(bad, "", "|"))
	fmt.Printf("%q %q\n", strings.ToUpper(bad), strings.ToLower("ÀÉÎ\xffİ"))
	fmt.Printf("%q %q\n", strings.ToUpper("ǆ ß ﬃ ſ"), strings.ToLower("ǅ Σ K"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "k"), strings.EqualFold("\xff", "\ufffd"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if r == 'b' {
			return -1
		}
		return r + 1
	}, bad))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0x10FFFF + 5 }, "ab"))
	fmt.Printf("%q %q\n", strings.Repeat("", 5), strings.Repeat("ab", 0))
	try("Repeat -1", func() { fmt.Println(strings.Repeat("x", -1)) })
	try("Repeat overflow", func() { fmt.Println(strings.Repeat("xx", 1<<62)) })
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("a", ""), strings.HasPrefix("a", "ab"))

	// Index on short and long haystacks, needles whose first byte is common (the long
	// path gives up on first-byte scanning after many false starts), Split capacities.
	long := strings.Repeat("a", 300) + "ab" + strings.Repeat("xyz", 50) + "needle"
	for _, sub := range []string{"ab", "aab", "aaab", "needle", "zneedle", "b", "a", "c", strings.Repeat("a", 70) + "b", "xyzxyzn"} {
		fmt.Println("Index", len(sub), strings.Index(long, sub), strings.LastIndex(long, sub), strings.Count(long, sub),
			strings.Index(long[:60], sub), strings.Contains(long[250:], sub))
	}
	fmt.Println(strings.Index("abcabd", "abd"), strings.Index("aaaaaaaaab", "aab"), strings.Index("x", "xy"))
	for _, c := range []struct {
		s, sep string
		n     int
	}{{"a,b", ",", 5}, {"a,b,c,d", ",", 2}, {"a,b", ",", -1}, {",,", ",", -1}, {"abc", "", 2}, {"a--b--", "--", 10}} {
		p := strings.SplitN(c.s, c.sep, c.n)
		q := strings.SplitAfterN(c.s, c.sep, c.n)
		fmt.Printf("SplitN(%q,%q,%d) = %q len %d cap %d | after %q cap %d\n", c.s, c.sep, c.n, p, len(p), cap(p), q, cap(q))
	}
	fmt.Printf("%q %q\n", strings.Replace("a.b.c.d", ".", "::", 2), strings.Replace(long[290:320], "a", "", -1))

	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteRune(-1)
	b.WriteRune(0x110000)
	b.WriteRune(0xD800)
	b.WriteByte(0xff)
	b.Grow(10)
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q\n", b.String())
	try("Grow -1", func() { b.Grow(-1) })

	r := strings.NewReader("héllo")
	fmt.Println(r.Len(), r.Size())
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err)
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	n, err = r.Read(buf[:0])
	fmt.Println(n, err)
	n, err = r.Read(buf)
	n, err = r.Read(buf)
	fmt.Println(n, err)

	try("NewReplacer odd", func() { strings.NewReplacer("a") })
	for _, pairs := range [][]string{{"", "X"}, {"", "X", "a", "A"}, {"a", "A", "", "X"}, {"ab", "1", "a", "2"}, {"a", "1", "ab", "2"},
		{"", ""}, {"aaa", "3", "aa", "2", "a", "1"}, {"\xff", "?"}, {"é", "e"}} {
		rp := strings.NewReplacer(pairs...)
		for _, s := range []string{"", "a", "abc", "aaaa", "bab", "é\xffé"} {
			fmt.Printf("Replacer%q(%q) = %q\n", pairs, s, rp.Replace(s))
		}
	}
}
