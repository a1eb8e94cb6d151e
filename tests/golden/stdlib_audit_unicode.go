// Audit (issue #8): unicode.SpecialCase (TurkishCase, AzeriCase, UpperLower runs) and
// strings/bytes To{Upper,Lower,Title}Special, Version, GraphicRanges and PrintRanges as
// Go 1.19 (they were compile errors).
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"Iıİi", "istanbul DİYARBAKIR", "ǅǆǄ", "ß", "", "\xffI"} {
		fmt.Printf("%q %q %q %q %q\n", strings.ToUpperSpecial(unicode.TurkishCase, s), strings.ToLowerSpecial(unicode.TurkishCase, s), strings.ToTitleSpecial(unicode.AzeriCase, s), bytes.ToUpperSpecial(unicode.TurkishCase, []byte(s)), bytes.ToLowerSpecial(unicode.TurkishCase, []byte(s)))
	}
	for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a', 'ǅ'} {
		fmt.Println(unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r))
	}
	sc := unicode.SpecialCase{
		unicode.CaseRange{Lo: 0x0100, Hi: 0x012F, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
		unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{5, 0, 5}},
	}
	fmt.Println(strings.ToUpperSpecial(sc, "abcdāĀĕ"), strings.ToLowerSpecial(sc, "ĀāĔABC"), len(unicode.TurkishCase), unicode.UpperLower)
	fmt.Println(unicode.Version, len(unicode.GraphicRanges), len(unicode.PrintRanges))
	for _, r := range []rune{'a', ' ', '\u00a0', '\t', 'é', '€', '\u2028', 0x1F600, '\u0300'} {
		fmt.Println(r, unicode.In(r, unicode.GraphicRanges...), unicode.In(r, unicode.PrintRanges...), unicode.IsGraphic(r), unicode.IsPrint(r))
	}
}
