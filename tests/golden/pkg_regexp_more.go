// regexp: Go's error texts for bad patterns (including \C, which RE2 would accept), $-expansion
// forms ($1x is ${1x}, $$, ${name}), empty matches in FindAll/ReplaceAll/Split, leftmost-first
// versus POSIX leftmost-longest, and MustCompile's panic.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{"a(b", "a)b", "[a", "a**", "x{2,1}", `\8`, `\p{Foo}`, "(?P<n>a)(?P<n>b)", "(?i", "a{1001}", "*a", "(?<name>x)", `\Q`, "[z-a]", `a\`, "(?P<>a)", "x++", "a{2}{3}", `\C`, "(?=x)", `\b\B\A\z`, "[[:foo:]]", "(?m)^x$", "\\pL+", "a|*"} {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Println("ERR", err)
		} else {
			fmt.Println("OK", re.String(), re.NumSubexp(), re.SubexpNames())
		}
	}
	re := regexp.MustCompile(`(?P<first>\w+)\s(?P<second>\w+)`)
	for _, t := range []string{"$1 $2", "$2x $1", "${1}x", "$first-$second", "${second}_${first}", "$$", "$", "$3", "${", "${1", "$x", "$-1", "$10", "${first}$first"} {
		fmt.Printf("%q -> %q\n", t, re.ReplaceAllString("hello world foo bar", t))
	}
	e := regexp.MustCompile("a*")
	fmt.Printf("%q %q %q\n", e.FindAllString("baaab", -1), e.FindAllString("", -1), e.ReplaceAllString("baaab", "-"))
	fmt.Printf("%q %q\n", e.Split("baaab", -1), regexp.MustCompile("").Split("abc", 2))
	fmt.Printf("%q %q\n", regexp.MustCompile(`x*`).FindAllStringIndex("xaxx", -1), regexp.MustCompile(`(a)|(b)`).FindAllStringSubmatch("ab", -1))
	fmt.Printf("%q %v\n", regexp.MustCompile(`z`).FindString("abc"), regexp.MustCompile(`z`).FindStringIndex("abc"))
	fmt.Printf("%q\n", regexp.MustCompile(`(a)(x)?`).FindStringSubmatch("a"))
	fmt.Println(regexp.MatchString("^[a-z]+$", "hello"))
	fmt.Println(regexp.MatchString("(", "x"))
	fmt.Printf("%q\n", regexp.MustCompile(`a(b*)`).ReplaceAllStringFunc("abbb a ab", func(s string) string { return "<" + s + ">" }))
	fmt.Printf("%q\n", regexp.QuoteMeta("a.b*c$"))
	fmt.Printf("%q\n", regexp.MustCompile(`(?i)straße`).FindString("STRASSE strasse STRAßE"))
	fmt.Printf("%q\n", regexp.MustCompile(`(a+)(b+)?`).FindAllStringSubmatchIndex("aab a", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\s+`).Split("  a b  c ", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`,`).Split("a,b,c", 0))
	fmt.Printf("%q\n", regexp.MustCompile(`^`).ReplaceAllString("abc", "X"))
	fmt.Printf("%q\n", regexp.MustCompile(`$`).ReplaceAllString("abc\n", "X"))
	fmt.Printf("%q\n", regexp.MustCompile(`\b`).ReplaceAllString("ab cd", "|"))
	fmt.Printf("%q\n", regexp.MustCompile(`a|ab`).FindString("ab"))
	r2 := regexp.MustCompilePOSIX(`a|ab`)
	fmt.Printf("%q\n", r2.FindString("ab"))
	for _, p := range []string{`a\Cb`, `[\C]`, `\\C`, `\Q\C\E`, `\Qa\Cb`, `\\\C`, `x\Q\E\C`} {
		_, err := regexp.Compile(p)
		fmt.Println(p, err)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile("a(")
}
