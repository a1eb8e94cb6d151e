// Package strings edge cases from Go's documentation examples: empty strings and
// separators, negative counts, invalid UTF-8, Unicode case mapping.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
	fmt.Printf("%q\n", strings.Split(" xyz ", ""))
	fmt.Printf("%q\n", strings.Split("", "Bernardo O'Higgins"))
	fmt.Printf("%q\n", strings.Split("", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar  baz   "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("\u00a0x\u2003y\u3000"))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}))
	fmt.Println(strings.Contains("seafood", ""), strings.Contains("", ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsAny("foo", ""), strings.ContainsAny("", ""))
	fmt.Println(strings.ContainsRune("aardvark", 97), strings.ContainsRune("timeout", 97))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("x", ""))
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("golang", "ng"), strings.IndexAny("x", ""))
	fmt.Println(strings.IndexByte("golang", 'g'), strings.IndexByte("golang", 'x'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("a\xffb", utf8RuneError))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("go", ""))
	fmt.Println(strings.LastIndexAny("go gopher", "ordent"), strings.LastIndexAny("go gopher", "fail"))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndexFunc("go 123", unicode.IsNumber), strings.LastIndexFunc("go", unicode.IsNumber))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "\u212a"), strings.EqualFold("a", "ab"))
	fmt.Println(strings.HasPrefix("Gopher", ""), strings.HasSuffix("Amigo", "go"), strings.HasSuffix("", "x"))
	fmt.Printf("%q\n", strings.Repeat("na", 0))
	fmt.Println("ba" + strings.Repeat("na", 2))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.ReplaceAll("", "", "x"))
	fmt.Println(strings.Replace("a\xffb", "", "-", -1) == "-a-\xff-b-")
	fmt.Println(strings.Title("her royal highness"), strings.ToTitle("loud noises"))
	fmt.Println(strings.ToUpper("Gopher ǳ ß ﬃ"), strings.ToLower("GOPHER İ Σ"))
	fmt.Printf("%q %q\n", strings.ToUpper("a\xffb"), strings.ToLower("A\xc0B"))
	fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.Trim("  x  ", ""))
	fmt.Printf("%q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n\u0085\u00a0"))
	fmt.Printf("%q\n", strings.TrimPrefix("¡¡¡Hello", "¡"))
	fmt.Printf("%q\n", strings.TrimSuffix("Hello, Goodbye, Gophers", ", Gophers"))
	fmt.Printf("%q\n", strings.TrimFunc("123Hello, 4Gophers!567", unicode.IsNumber))
	fmt.Printf("%q\n", strings.TrimLeftFunc("", unicode.IsNumber))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == ' ':
			return -1
		}
		return r
	}, "'Twas brillig and the slithy gopher..."))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"), strings.Compare("", "a"))
	fmt.Println(strings.Join([]string{"foo", "bar", "baz"}, ", "), strings.Join(nil, ",") == "")
	before, after, found := strings.Cut("Gopher", "ph")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("Gopher", "Badger")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("Gopher", "")
	fmt.Printf("%q %q %v\n", before, after, found)

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("This is <b>HTML</b>!"))
	r2 := strings.NewReplacer("a", "1", "aaa", "3", "aa", "2")
	fmt.Println(r2.Replace("aaaa"))

	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('世')
	b.WriteRune(-1)
	fmt.Println(b.String(), b.Len())

	rd := strings.NewReader("héllo")
	fmt.Println(rd.Len(), rd.Size())
	ch, size, err := rd.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, err = rd.ReadRune()
	fmt.Println(string(ch), size, err, rd.Len())
	fmt.Println(rd.UnreadRune(), rd.UnreadRune(), rd.Len())
	buf := make([]byte, 10)
	n, err := rd.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = rd.Read(buf)
	fmt.Println(n, err)
}

const utf8RuneError = '\uFFFD'
