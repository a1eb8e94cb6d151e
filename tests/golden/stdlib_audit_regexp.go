// Audit of package regexp against Go 1.19 (issue #8): CompilePOSIX is Go's syntax.POSIX
// (no \d \w \s \b \pL \A \z \Q, no (?flags) or non-greedy operators, ^ and $ at line
// boundaries, negated classes never match a newline) with leftmost-longest matching;
// Longest() keeps Perl syntax.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`^b`, `a$`, `[^a]+`, `\d`, `\w`, `\s`, `\b`, `\pL`, `\PL`, `[[:alpha:]]+`, `(?i)a`, `a*?`, `\Aa`, `a\z`, `\Qa\E`, `\x41`, `\n`, `.+`, `(a|ab)(c|bcd)(d*)`, `(a+)(b+)?`, `[\d]`, `[^\n]`, `\C`, `a{2}`, `(?:a)`, `(?P<x>a)`, `\.`, `\[`, `\t`, `\v`, `\f`, `\r`, `\a`, `\e`, `\x{41}`, `\101`, `\0`, `\z`} {
		re, err := regexp.CompilePOSIX(p)
		if err != nil {
			fmt.Printf("%q ERR %v\n", p, err)
			continue
		}
		fmt.Printf("%q %q %q\n", p, re.FindAllString("ab\nba\n1 a\x07A", -1), re.FindStringSubmatch("abcd"))
	}
	re := regexp.MustCompile(`(a|ab)(c|bcd)(d*)`)
	re.Longest()
	fmt.Printf("%q %q\n", re.FindStringSubmatch("abcd"), regexp.MustCompile(`^b`).FindString("a\nb"))
	re = regexp.MustCompile(`^b|\d`)
	re.Longest()
	fmt.Printf("%q\n", re.FindAllString("a\nb1", -1))
	pats2 := []string{`[^]a]`, `[^-a]`, `[^a-]`, `[^]-a]`, `[^--/]`, `[^\]]`, `[^[:alpha:]]`, `[[:^alpha:]]`, `[^\n]`, `[^a`, `[^`, `[]`, `[]a]`, `[a-]`, `[-a]`, `[a-b-c]`, `[^[]`, `[^\x41]`, `x[^y]z`, `(?i)`, `a{2,}`, `a{,2}`, `\x41`, `\101`, `\1`, `\_`, `\-`, `a|b|`, `(a*)*`, `(a|b)*c`, `(a*)+$`, `(.*)(.*)`, `(a?)(a?)(a?)`, `(ab|a)(bc|c)`, `(a+|b+)*`, `x*`, `^$`, `$^`, `^`, `$`, `(^a|b$)`, `[[:space:]]+`, `[[:word:]]`, `[[:foo:]]`, "é+", "[é-ü]", `[^é]`, `.`, `(?s).`, `\pN`, `a**`, `a+?`, `(a)\1`}
	inputs := []string{"ab\nba\n1 a-]x\x07A", "aaa", "xaybz\n", "abcabc", "", "\n\n", "é\nü"}
	for _, p := range pats2 {
		re, err := regexp.CompilePOSIX(p)
		if err != nil {
			fmt.Printf("%q ERR %v\n", p, err)
			continue
		}
		for _, in := range inputs {
			fmt.Printf("%q %q %v|", p, re.FindAllString(in, -1), re.FindAllStringSubmatchIndex(in, 3))
		}
		fmt.Println(re.String(), re.NumSubexp())
		rl, err := regexp.Compile(p)
		if err == nil {
			rl.Longest()
			for _, in := range inputs {
				fmt.Printf("%q %v|", rl.FindAllString(in, -1), rl.FindAllStringSubmatchIndex(in, 3))
			}
			fmt.Println()
		}
	}
}
