// Package strconv: conversions to and from strings. Parsing and formatting are C++
// (stdlib/strconv_*.cc); errors are built here exactly as Go builds them.
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")
var ErrSyntax = errors.New("invalid syntax")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error {
	return e.Err
}

// Error codes returned by the C++ parsers.
const (
	codeOK      = 0
	codeSyntax  = 1
	codeRange   = 2
	codeBase    = 3
	codeBitSize = 4
)

func numError(fn, s string, code int, base, bitSize int) error {
	var err error
	switch code {
	case codeSyntax:
		err = ErrSyntax
	case codeRange:
		err = ErrRange
	case codeBase:
		err = errors.New("invalid base " + Itoa(base))
	default:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{Func: fn, Num: s, Err: err}
}

func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func formatInt(i int64, base int) string
func formatUint(i uint64, base int) string
func formatFloat(f float64, fmt byte, prec, bitSize int) string
func quoteWith(s string, quote byte, ASCIIonly, graphicOnly bool) string
func quoteRuneWith(r rune, quote byte, ASCIIonly, graphicOnly bool) string
func unquote(s string) (string, bool)

func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, code := parseInt(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseInt", s, code, base, bitSize)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != codeOK {
		return v, numError("ParseUint", s, code, base, bitSize)
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	if code != codeOK {
		return int(v), numError("Atoi", s, code, 10, 0)
	}
	return int(v), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code != codeOK {
		return v, numError("ParseFloat", s, code, 10, bitSize)
	}
	return v, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{Func: "ParseBool", Num: str, Err: ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func checkBase(base int) {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
}

func FormatInt(i int64, base int) string {
	checkBase(base)
	return formatInt(i, base)
}

func FormatUint(i uint64, base int) string {
	checkBase(base)
	return formatUint(i, base)
}

func Itoa(i int) string {
	return formatInt(int64(i), 10)
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func Quote(s string) string {
	return quoteWith(s, '"', false, false)
}

func QuoteToASCII(s string) string {
	return quoteWith(s, '"', true, false)
}

func QuoteToGraphic(s string) string {
	return quoteWith(s, '"', false, true)
}

func QuoteRune(r rune) string {
	return quoteRuneWith(r, '\'', false, false)
}

func QuoteRuneToASCII(r rune) string {
	return quoteRuneWith(r, '\'', true, false)
}

func QuoteRuneToGraphic(r rune) string {
	return quoteRuneWith(r, '\'', false, true)
}

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

func unquoteChar(s string, quote byte) (value rune, multibyte bool, size int)

// UnquoteChar decodes the first character or escape sequence of s, a string literal's
// body quoted by quote, as Go's strconv.UnquoteChar.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, n := unquoteChar(s, quote)
	if n == 0 {
		return 0, false, "", ErrSyntax
	}
	return v, mb, s[n:], nil
}

func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// QuotedPrefix returns the quoted string (as Unquote accepts it) at the start of s.
func QuotedPrefix(s string) (string, error) {
	if len(s) == 0 {
		return "", ErrSyntax
	}
	switch q := s[0]; q {
	case '`':
		for i := 1; i < len(s); i++ {
			if s[i] == '`' {
				return s[:i+1], nil
			}
		}
	case '"', '\'':
		for i := 1; i < len(s); i++ {
			switch s[i] {
			case '\\':
				i++
			case '\n':
				return "", ErrSyntax
			case q:
				if _, err := Unquote(s[:i+1]); err != nil {
					return "", err
				}
				return s[:i+1], nil
			}
		}
	}
	return "", ErrSyntax
}

// FormatComplex formats c as (a+bi) with FormatFloat's fmt and prec; bitSize is 64 for
// complex64, 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

func floatPrefixLen(s string) int

// parseFloatPrefix parses the longest float prefix of s (Go's, for ParseComplex); its
// error is a *NumError of ParseFloat.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	n := floatPrefixLen(s)
	if n == 0 {
		return 0, 0, numError("ParseFloat", s, codeSyntax, 10, bitSize)
	}
	f, code := parseFloat(s[:n], bitSize)
	if code != codeOK {
		return f, n, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, n, nil
}

// complexErr renames a float part's *NumError for ParseComplex: a range error is
// returned as pending (the parse goes on), anything else ends it.
func complexErr(err error, s string) (syntax, rangeErr error) {
	if x, ok := err.(*NumError); ok {
		x.Func = "ParseComplex"
		x.Num = s
		if x.Err == ErrRange {
			return nil, x
		}
	}
	return err, nil
}

// ParseComplex parses N, Ni or N±Ni, optionally in parentheses, as Go 1.19 does.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err, pending = complexErr(err, orig); err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	syntax := &NumError{Func: "ParseComplex", Num: orig, Err: ErrSyntax}
	switch s[0] {
	case '+':
		if len(s) > 1 && s[1] != '+' { // keep "++" a syntax error
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntax
	default:
		return 0, syntax
	}
	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err, pending = complexErr(err, orig); err != nil {
			return 0, err
		}
	}
	if s[n:] != "i" {
		return 0, syntax
	}
	return complex(re, im), pending
}
