// Package unicode edge cases: classes of ASCII, Latin-1 and other scripts, invalid runes
// (negative, surrogates, past MaxRune), case mapping and SimpleFold orbits, In/Is tables.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '\u0085', '\u00a0', '\u2028', 'é', 'ß', 'ǅ', 'Σ', 'ς', 'Ж', '世', '٣', '½', 'Ⅻ', '_', '!', '+', '€', '\u0301', '\u200b', '\x7f', 0xD800, -1, unicode.MaxRune, unicode.MaxRune + 1, unicode.ReplacementChar, 'İ', 'ı', 'K', 'ſ', '😀'}
	for _, r := range runes {
		fmt.Printf("%U %t%t%t%t%t%t%t%t%t%t%t%t %U %U %U\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r),
			unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r), unicode.IsPrint(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'S', 'ſ', '1', -2, 'Σ', 'σ', 'ς'} {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r && len(orbit) < 6; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fmt.Printf("%q ", orbit)
	}
	fmt.Println()
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(7, 'q'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.IsUpper('Ⓐ'), unicode.IsLower('ⓐ'), unicode.ToUpper('ⓐ') == 'Ⓐ', unicode.IsLetter('ª'), unicode.IsLower('ª'))
}
