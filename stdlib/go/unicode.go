// Package unicode: character classes and case mapping with Go 1.19's tables (generated
// into stdlib/unicode_tables.cc from Go itself), and Go's RangeTables for every category,
// script and property (their data in stdlib/unicode_rangetables.cc, also generated from Go).
// Every category table is declared, and the common scripts and properties; the other
// tables and the Categories/Scripts/Properties maps are not (a use is a compile error):
// each package-level variable costs every program importing strings JIT start-up time.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// Version is the Unicode edition of Go 1.19's tables.
const Version = "13.0.0"

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsControl(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// ---- SpecialCase (Go's letter.go): language-specific case mappings ----

// UpperLower in a CaseRange's Delta marks an alternating Upper/Lower sequence.
const UpperLower = MaxRune + 1

type d [MaxCase]rune

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type SpecialCase []CaseRange

// to maps r through caseRange: the range holding r adds its delta for _case (in an
// UpperLower run, even offsets are upper case, odd ones lower).
func to(_case int, r rune, caseRange []CaseRange) (mapped rune, found bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

func (special SpecialCase) ToUpper(r rune) rune {
	r1, found := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToUpper(r)
	}
	return r1
}

func (special SpecialCase) ToTitle(r rune) rune {
	r1, found := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToTitle(r)
	}
	return r1
}

func (special SpecialCase) ToLower(r rune) rune {
	r1, found := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToLower(r)
	}
	return r1
}

// TurkishCase (and AzeriCase): dotted and dotless i.
var TurkishCase SpecialCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

var AzeriCase SpecialCase = TurkishCase

// ---- RangeTables (Go's letter.go): Is, In, IsOneOf over Go's own table data ----

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// rangeTableData returns table id of stdlib/unicode_rangetables.cc as slices over its
// arrays (generated from Go's own tables, ids in the generator's order).
func rangeTableData(id int) (r16 []Range16, r32 []Range32, latinOffset int)

func table(id int) *RangeTable {
	r16, r32, lo := rangeTableData(id)
	return &RangeTable{R16: r16, R32: r32, LatinOffset: lo}
}

// linearMax is the largest table searched linearly (for a rune above Latin-1), as Go's.
const linearMax = 18

func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			rg := &ranges[i]
			if r < rg.Lo {
				return false
			}
			if r <= rg.Hi {
				return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether r is in rangeTab (compared as uint32, so negative runes are not).
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// generated RangeTables (stdlib/gen/gen_unicode_rangetables.go go): begin

// Unicode category tables.
var (
	C = table(0)
	Cc = table(1)
	Cf = table(2)
	Co = table(3)
	Cs = table(4)
	L = table(5)
	Ll = table(6)
	Lm = table(7)
	Lo = table(8)
	Lt = table(9)
	Lu = table(10)
	M = table(11)
	Mc = table(12)
	Me = table(13)
	Mn = table(14)
	N = table(15)
	Nd = table(16)
	Nl = table(17)
	No = table(18)
	P = table(19)
	Pc = table(20)
	Pd = table(21)
	Pe = table(22)
	Pf = table(23)
	Pi = table(24)
	Po = table(25)
	Ps = table(26)
	S = table(27)
	Sc = table(28)
	Sk = table(29)
	Sm = table(30)
	So = table(31)
	Z = table(32)
	Zl = table(33)
	Zp = table(34)
	Zs = table(35)
)

// Unicode script tables (the common ones; the others are a compile error).
var (
	Arabic = table(39)
	Common = table(60)
	Cyrillic = table(64)
	Devanagari = table(66)
	Greek = table(78)
	Han = table(82)
	Hangul = table(83)
	Hebrew = table(87)
	Hiragana = table(88)
	Inherited = table(90)
	Katakana = table(96)
	Latin = table(104)
	Thai = table(181)
)

// Unicode property tables (the common ones; the others are a compile error).
var (
	ASCII_Hex_Digit = table(192)
	Dash = table(194)
	Diacritic = table(196)
	Hex_Digit = table(198)
	Ideographic = table(202)
	Other_Alphabetic = table(206)
	Pattern_White_Space = table(215)
	Quotation_Mark = table(217)
	Regional_Indicator = table(219)
	White_Space = table(226)
)

var (
	Digit = Nd
	Letter = L
	Lower = Ll
	Mark = M
	Number = N
	Other = C
	Punct = P
	Space = Z
	Symbol = S
	Title = Lt
	Upper = Lu
)

// generated RangeTables: end

// GraphicRanges and PrintRanges: the classes IsGraphic and IsPrint test (Go's).
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
var PrintRanges = []*RangeTable{L, M, N, P, S}
