// regexp on input that is not valid UTF-8: Go's matcher reads each bad byte (and each
// byte of a surrogate encoding or a truncated sequence) as U+FFFD of width 1, so ., [^a],
// \W and \x{fffd} match it and offsets count it as one byte. mgo gives RE2 a repaired copy
// and maps offsets back; these results are go build's.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	ins := []string{"", "a\xffb", "\xff", "\xff\xfe", "x\xe2\x82y", "é\xff", "\xc3", "a\x80\x80b",
		"\xed\xa0\x80", "\ufffd\xff", "ab\xf0\x9f\x98", "\xf4\x90\x80\x80z"}
	pats := []string{".", "a.b", "[^a]", `\x{fffd}`, "\ufffd+", "(?s).*", `\W`, `\w+`, `[\x80-\xff]`,
		"^.$", ".{2}", "", `\b`, `[^\x00-\x7f]+`, "x.y", "(?i)A.", "a*", "(.)(.)?", `\B.`, "$"}
	for _, p := range pats {
		re := regexp.MustCompile(p)
		for _, s := range ins {
			fmt.Printf("%q %q %v %q %v %v\n", p, s, re.MatchString(s), re.FindAllString(s, -1),
				re.FindAllStringIndex(s, -1), re.FindStringSubmatchIndex(s))
		}
	}
	re := regexp.MustCompile(".")
	fmt.Printf("%q\n", re.ReplaceAllString("a\xffb\xe2\x82", "<$0>"))
	fmt.Printf("%q\n", regexp.MustCompile("(.)b").ReplaceAllString("\xffb\xfeb", "[$1]"))
	fmt.Printf("%q\n", regexp.MustCompile("x*").ReplaceAllString("\xff\xfex", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(`\x{fffd}`).Split("a\xffb\ufffdc\xc3", -1))
	fmt.Printf("%q\n", regexp.MustCompile("").Split("\xffa\xfe", -1))
	fmt.Printf("%q\n", regexp.MustCompile("b").FindAllIndex([]byte("\xffb\xff\xffb"), -1))
	fmt.Printf("%q\n", regexp.MustCompile("(\xef\xbf\xbd)").FindAllStringSubmatch("\xff\ufffd", -1))
	fmt.Println(regexp.MustCompile("^a.c$").Match([]byte("a\x80c")))
	_, err := regexp.Compile("a\xffb")
	fmt.Println(err)
}
