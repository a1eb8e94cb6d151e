// Package unicode: character classes and case mapping with Go 1.19's tables (generated
// into stdlib/unicode_tables.cc from Go itself), and Go's RangeTables for every category,
// script and property (their data in stdlib/unicode_rangetables.cc, also generated from Go).
// The Categories, Scripts and Properties maps are not provided (a use is a compile error):
// filling them would cost every program importing strings ~12 ms of start-up.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

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

// rangeTableData returns table id of stdlib/unicode_rangetables.cc as slices over its arrays.
func rangeTableData(id int) (r16 []Range16, r32 []Range32, latinOffset int)

func rangeTable(id int) *RangeTable {
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
	C = rangeTable(0)
	Cc = rangeTable(1)
	Cf = rangeTable(2)
	Co = rangeTable(3)
	Cs = rangeTable(4)
	L = rangeTable(5)
	Ll = rangeTable(6)
	Lm = rangeTable(7)
	Lo = rangeTable(8)
	Lt = rangeTable(9)
	Lu = rangeTable(10)
	M = rangeTable(11)
	Mc = rangeTable(12)
	Me = rangeTable(13)
	Mn = rangeTable(14)
	N = rangeTable(15)
	Nd = rangeTable(16)
	Nl = rangeTable(17)
	No = rangeTable(18)
	P = rangeTable(19)
	Pc = rangeTable(20)
	Pd = rangeTable(21)
	Pe = rangeTable(22)
	Pf = rangeTable(23)
	Pi = rangeTable(24)
	Po = rangeTable(25)
	Ps = rangeTable(26)
	S = rangeTable(27)
	Sc = rangeTable(28)
	Sk = rangeTable(29)
	Sm = rangeTable(30)
	So = rangeTable(31)
	Z = rangeTable(32)
	Zl = rangeTable(33)
	Zp = rangeTable(34)
	Zs = rangeTable(35)
)

// Unicode script tables.
var (
	Adlam = rangeTable(36)
	Ahom = rangeTable(37)
	Anatolian_Hieroglyphs = rangeTable(38)
	Arabic = rangeTable(39)
	Armenian = rangeTable(40)
	Avestan = rangeTable(41)
	Balinese = rangeTable(42)
	Bamum = rangeTable(43)
	Bassa_Vah = rangeTable(44)
	Batak = rangeTable(45)
	Bengali = rangeTable(46)
	Bhaiksuki = rangeTable(47)
	Bopomofo = rangeTable(48)
	Brahmi = rangeTable(49)
	Braille = rangeTable(50)
	Buginese = rangeTable(51)
	Buhid = rangeTable(52)
	Canadian_Aboriginal = rangeTable(53)
	Carian = rangeTable(54)
	Caucasian_Albanian = rangeTable(55)
	Chakma = rangeTable(56)
	Cham = rangeTable(57)
	Cherokee = rangeTable(58)
	Chorasmian = rangeTable(59)
	Common = rangeTable(60)
	Coptic = rangeTable(61)
	Cuneiform = rangeTable(62)
	Cypriot = rangeTable(63)
	Cyrillic = rangeTable(64)
	Deseret = rangeTable(65)
	Devanagari = rangeTable(66)
	Dives_Akuru = rangeTable(67)
	Dogra = rangeTable(68)
	Duployan = rangeTable(69)
	Egyptian_Hieroglyphs = rangeTable(70)
	Elbasan = rangeTable(71)
	Elymaic = rangeTable(72)
	Ethiopic = rangeTable(73)
	Georgian = rangeTable(74)
	Glagolitic = rangeTable(75)
	Gothic = rangeTable(76)
	Grantha = rangeTable(77)
	Greek = rangeTable(78)
	Gujarati = rangeTable(79)
	Gunjala_Gondi = rangeTable(80)
	Gurmukhi = rangeTable(81)
	Han = rangeTable(82)
	Hangul = rangeTable(83)
	Hanifi_Rohingya = rangeTable(84)
	Hanunoo = rangeTable(85)
	Hatran = rangeTable(86)
	Hebrew = rangeTable(87)
	Hiragana = rangeTable(88)
	Imperial_Aramaic = rangeTable(89)
	Inherited = rangeTable(90)
	Inscriptional_Pahlavi = rangeTable(91)
	Inscriptional_Parthian = rangeTable(92)
	Javanese = rangeTable(93)
	Kaithi = rangeTable(94)
	Kannada = rangeTable(95)
	Katakana = rangeTable(96)
	Kayah_Li = rangeTable(97)
	Kharoshthi = rangeTable(98)
	Khitan_Small_Script = rangeTable(99)
	Khmer = rangeTable(100)
	Khojki = rangeTable(101)
	Khudawadi = rangeTable(102)
	Lao = rangeTable(103)
	Latin = rangeTable(104)
	Lepcha = rangeTable(105)
	Limbu = rangeTable(106)
	Linear_A = rangeTable(107)
	Linear_B = rangeTable(108)
	Lisu = rangeTable(109)
	Lycian = rangeTable(110)
	Lydian = rangeTable(111)
	Mahajani = rangeTable(112)
	Makasar = rangeTable(113)
	Malayalam = rangeTable(114)
	Mandaic = rangeTable(115)
	Manichaean = rangeTable(116)
	Marchen = rangeTable(117)
	Masaram_Gondi = rangeTable(118)
	Medefaidrin = rangeTable(119)
	Meetei_Mayek = rangeTable(120)
	Mende_Kikakui = rangeTable(121)
	Meroitic_Cursive = rangeTable(122)
	Meroitic_Hieroglyphs = rangeTable(123)
	Miao = rangeTable(124)
	Modi = rangeTable(125)
	Mongolian = rangeTable(126)
	Mro = rangeTable(127)
	Multani = rangeTable(128)
	Myanmar = rangeTable(129)
	Nabataean = rangeTable(130)
	Nandinagari = rangeTable(131)
	New_Tai_Lue = rangeTable(132)
	Newa = rangeTable(133)
	Nko = rangeTable(134)
	Nushu = rangeTable(135)
	Nyiakeng_Puachue_Hmong = rangeTable(136)
	Ogham = rangeTable(137)
	Ol_Chiki = rangeTable(138)
	Old_Hungarian = rangeTable(139)
	Old_Italic = rangeTable(140)
	Old_North_Arabian = rangeTable(141)
	Old_Permic = rangeTable(142)
	Old_Persian = rangeTable(143)
	Old_Sogdian = rangeTable(144)
	Old_South_Arabian = rangeTable(145)
	Old_Turkic = rangeTable(146)
	Oriya = rangeTable(147)
	Osage = rangeTable(148)
	Osmanya = rangeTable(149)
	Pahawh_Hmong = rangeTable(150)
	Palmyrene = rangeTable(151)
	Pau_Cin_Hau = rangeTable(152)
	Phags_Pa = rangeTable(153)
	Phoenician = rangeTable(154)
	Psalter_Pahlavi = rangeTable(155)
	Rejang = rangeTable(156)
	Runic = rangeTable(157)
	Samaritan = rangeTable(158)
	Saurashtra = rangeTable(159)
	Sharada = rangeTable(160)
	Shavian = rangeTable(161)
	Siddham = rangeTable(162)
	SignWriting = rangeTable(163)
	Sinhala = rangeTable(164)
	Sogdian = rangeTable(165)
	Sora_Sompeng = rangeTable(166)
	Soyombo = rangeTable(167)
	Sundanese = rangeTable(168)
	Syloti_Nagri = rangeTable(169)
	Syriac = rangeTable(170)
	Tagalog = rangeTable(171)
	Tagbanwa = rangeTable(172)
	Tai_Le = rangeTable(173)
	Tai_Tham = rangeTable(174)
	Tai_Viet = rangeTable(175)
	Takri = rangeTable(176)
	Tamil = rangeTable(177)
	Tangut = rangeTable(178)
	Telugu = rangeTable(179)
	Thaana = rangeTable(180)
	Thai = rangeTable(181)
	Tibetan = rangeTable(182)
	Tifinagh = rangeTable(183)
	Tirhuta = rangeTable(184)
	Ugaritic = rangeTable(185)
	Vai = rangeTable(186)
	Wancho = rangeTable(187)
	Warang_Citi = rangeTable(188)
	Yezidi = rangeTable(189)
	Yi = rangeTable(190)
	Zanabazar_Square = rangeTable(191)
)

// Unicode property tables.
var (
	ASCII_Hex_Digit = rangeTable(192)
	Bidi_Control = rangeTable(193)
	Dash = rangeTable(194)
	Deprecated = rangeTable(195)
	Diacritic = rangeTable(196)
	Extender = rangeTable(197)
	Hex_Digit = rangeTable(198)
	Hyphen = rangeTable(199)
	IDS_Binary_Operator = rangeTable(200)
	IDS_Trinary_Operator = rangeTable(201)
	Ideographic = rangeTable(202)
	Join_Control = rangeTable(203)
	Logical_Order_Exception = rangeTable(204)
	Noncharacter_Code_Point = rangeTable(205)
	Other_Alphabetic = rangeTable(206)
	Other_Default_Ignorable_Code_Point = rangeTable(207)
	Other_Grapheme_Extend = rangeTable(208)
	Other_ID_Continue = rangeTable(209)
	Other_ID_Start = rangeTable(210)
	Other_Lowercase = rangeTable(211)
	Other_Math = rangeTable(212)
	Other_Uppercase = rangeTable(213)
	Pattern_Syntax = rangeTable(214)
	Pattern_White_Space = rangeTable(215)
	Prepended_Concatenation_Mark = rangeTable(216)
	Quotation_Mark = rangeTable(217)
	Radical = rangeTable(218)
	Regional_Indicator = rangeTable(219)
	STerm = rangeTable(220)
	Sentence_Terminal = rangeTable(221)
	Soft_Dotted = rangeTable(222)
	Terminal_Punctuation = rangeTable(223)
	Unified_Ideograph = rangeTable(224)
	Variation_Selector = rangeTable(225)
	White_Space = rangeTable(226)
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
