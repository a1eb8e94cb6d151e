// Package regexp edge cases from Go's examples: no match (nil results), empty matches,
// submatch indexes of unmatched groups, named groups, $-expansion, ReplaceAllLiteral,
// Split with counts, leftmost-longest, compile errors, QuoteMeta, Unicode classes.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`a(x*)b(y|z)?`)
	fmt.Printf("%q\n", re.FindStringSubmatch("-ab-"))
	fmt.Printf("%q\n", re.FindStringSubmatch("-axxbz-"))
	fmt.Printf("%v\n", re.FindStringSubmatchIndex("-ab-"))
	fmt.Printf("%q %v\n", re.FindStringSubmatch("nothing"), re.FindStringSubmatch("nothing") == nil)
	fmt.Printf("%q %v\n", re.FindString("nothing"), re.FindStringIndex("nothing") == nil)
	fmt.Printf("%q\n", re.FindAllString("ab axb axxbz", -1))
	fmt.Printf("%q\n", re.FindAllString("ab axb axxbz", 2))
	fmt.Printf("%q\n", re.FindAllString("ab axb axxbz", 0))
	fmt.Printf("%v\n", re.FindAllStringSubmatchIndex("ab axb", -1))
	fmt.Println(re.NumSubexp(), re.String(), re.MatchString("xaby"), re.MatchString("xa"))

	e := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", e.FindAllString("baaab", -1))
	fmt.Printf("%v\n", e.FindAllStringIndex("baaab", -1))
	fmt.Println(e.ReplaceAllString("baaab", "-"))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(``).ReplaceAllString("héllo", "."))

	named := regexp.MustCompile(`(?P<first>[a-zA-Z]+) (?P<last>[a-zA-Z]+)`)
	fmt.Printf("%q %d\n", named.SubexpNames(), named.SubexpIndex("last"))
	fmt.Println(named.SubexpIndex("missing"))
	fmt.Println(named.ReplaceAllString("Alan Turing", "${last}, ${first}"))
	fmt.Println(named.ReplaceAllString("Alan Turing", "$last_$first"))
	fmt.Println(named.ReplaceAllString("Alan Turing", "$2 $1 $3 $$ ${9}x"))
	fmt.Println(named.ReplaceAllLiteralString("Alan Turing", "${last}"))
	fmt.Println(named.ReplaceAllStringFunc("Alan Turing and Grace Hopper", strings.ToUpper))
	tmpl := named.ExpandString(nil, "$last/$first;", "Ada Lovelace", named.FindStringSubmatchIndex("Ada Lovelace"))
	fmt.Println(string(tmpl))

	sp := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", sp.Split("abaabaccadaaae", 5))
	fmt.Printf("%q\n", sp.Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c,   d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b,c", 0))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b,c", 1))
	fmt.Printf("%q\n", regexp.MustCompile(`z`).Split("abc", -1))

	for _, p := range []string{`a(b`, `a)`, `[z-a]`, `x**`, `\8`, `(?P<n>a)(?P<n>b)`, `\p{Nope}`, `a{1001}`, `(?i)ok`} {
		_, err := regexp.Compile(p)
		fmt.Printf("%s: %v\n", p, err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile(`(`)
	}()

	fmt.Println(regexp.QuoteMeta(`Escaping $5.00 [a-z]*+?{}|^\`))
	m, err := regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234")
	fmt.Println(m, err)
	m, err = regexp.MatchString(`(`, "x")
	fmt.Println(m, err)

	pl := regexp.MustCompile(`a+?|a+`)
	fmt.Println(pl.FindString("aaa"))
	pl.Longest()
	fmt.Println(pl.FindString("aaa"))
	posix := regexp.MustCompilePOSIX(`a|ab`)
	fmt.Println(posix.FindString("abc"), regexp.MustCompile(`a|ab`).FindString("abc"))

	u := regexp.MustCompile(`\p{Greek}+|[\p{Lu}]\w*`)
	fmt.Printf("%q\n", u.FindAllString("αβγ Hello wörld Ωmega Élan", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?i)straße|ǅ`).FindAllString("STRASSE Straße ǆ Ǆ", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?s)a.b|(?m)^x$`).FindAllString("a\nb\nx\ny", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\bgo\b`).FindAllStringIndex("go gopher ago go", -1))
	fmt.Println(regexp.MustCompile(`^`).ReplaceAllString("ab", "X"), regexp.MustCompile(`$`).ReplaceAllString("ab", "X"))
	b := regexp.MustCompile(`o+`).ReplaceAll([]byte("foo boo"), []byte("0"))
	fmt.Println(string(b), regexp.MustCompile(`o`).Match([]byte("xyz")))
	fmt.Println(regexp.MustCompile(`(a)|(b)`).FindStringSubmatchIndex("b"), regexp.MustCompile(`(a)|(b)`).ReplaceAllString("ab", "[$1|$2]"))
	lit, complete := regexp.MustCompile(`abc+`).LiteralPrefix()
	fmt.Println(lit, complete)
}
