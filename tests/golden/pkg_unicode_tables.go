// unicode's RangeTables: Is, In and IsOneOf with category, script and property tables
// (over every code point, with counts per table so a wrong range shows), the tables' own
// R16/R32/LatinOffset as a program reads them, aliases (Letter == L), and a program's own
// RangeTable with strides, negative and out-of-range runes.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{{"L", unicode.L}, {"Lu", unicode.Lu}, {"Ll", unicode.Ll}, {"Lt", unicode.Lt}, {"Lm", unicode.Lm}, {"Lo", unicode.Lo},
		{"M", unicode.M}, {"Mn", unicode.Mn}, {"N", unicode.N}, {"Nd", unicode.Nd}, {"Nl", unicode.Nl}, {"No", unicode.No},
		{"P", unicode.P}, {"Pd", unicode.Pd}, {"Ps", unicode.Ps}, {"S", unicode.S}, {"Sm", unicode.Sm}, {"Sc", unicode.Sc},
		{"Z", unicode.Z}, {"Zs", unicode.Zs}, {"C", unicode.C}, {"Cc", unicode.Cc}, {"Cf", unicode.Cf}, {"Co", unicode.Co},
		{"Cs", unicode.Cs}, {"Han", unicode.Han}, {"Latin", unicode.Latin}, {"Greek", unicode.Greek},
		{"Cyrillic", unicode.Cyrillic}, {"Arabic", unicode.Arabic}, {"Hiragana", unicode.Hiragana},
		{"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul}, {"Common", unicode.Common},
		{"Inherited", unicode.Inherited}, {"Devanagari", unicode.Devanagari}, {"Hebrew", unicode.Hebrew},
		{"Thai", unicode.Thai}, {"White_Space", unicode.White_Space}, {"Hex_Digit", unicode.Hex_Digit},
		{"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit}, {"Dash", unicode.Dash}, {"Quotation_Mark", unicode.Quotation_Mark},
		{"Diacritic", unicode.Diacritic}, {"Ideographic", unicode.Ideographic}, {"Regional_Indicator", unicode.Regional_Indicator},
		{"Other_Alphabetic", unicode.Other_Alphabetic}, {"Pattern_White_Space", unicode.Pattern_White_Space}}
	for _, t := range tables {
		n, sum := 0, 0
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if unicode.Is(t.t, r) {
				n++
				sum = (sum*31 + int(r)) % 1000000007
			}
		}
		fmt.Printf("%-20s %7d %10d  R16 %3d R32 %3d LatinOffset %d\n", t.name, n, sum, len(t.t.R16), len(t.t.R32), t.t.LatinOffset)
	}
	fmt.Println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Digit == unicode.Nd, unicode.Space == unicode.Z,
		unicode.Other == unicode.C, unicode.Punct == unicode.P, unicode.Symbol == unicode.S, unicode.Mark == unicode.M,
		unicode.Number == unicode.N, unicode.Title == unicode.Lt, unicode.Lower == unicode.Ll)
	fmt.Println(unicode.Latin.R16[0], unicode.Han.R32[0], unicode.Lu.R16[len(unicode.Lu.R16)-1])
	for _, r := range []rune{'a', 'Z', 'é', 'ß', '中', 'ж', 'Ω', '٣', ' ', '\u3000', '\t', '_', '€', 0x1F600, -1, 0x110000, unicode.ReplacementChar} {
		fmt.Println(r, unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana), unicode.In(r), unicode.Is(unicode.Latin, r),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Nd, unicode.White_Space}, r), unicode.In(r, unicode.Sc, unicode.So))
	}
	my := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}, {Lo: 0x100, Hi: 0x10F, Stride: 1}},
		R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}},
	}
	for _, r := range []rune{'a', 'b', 'c', 'y', 'z', 0x100, 0x10F, 0x110, 0x10000, 0x10004, 0x10005, 0x10010, 0x10011, -1} {
		fmt.Print(unicode.Is(my, r), " ")
	}
	fmt.Println()
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'))
	unicode.Latin.LatinOffset++
	fmt.Println(unicode.Latin.LatinOffset)
}
