// Package fmt: formatted I/O with Go's verbs. The formatting itself is C++
// (stdlib/fmt_*.cc); this file holds the types and the routing to writers.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"syscall"
	"unicode/utf8"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method (used by %#v).
type GoStringer interface {
	GoString() string
}

// State and Formatter: the printer calls Format methods with a State of its own
// (stdlib/fmt_state.cc). The assertion below (run by init) gives Formatter a type
// descriptor, so the compiler lists Format methods in method tables (jit/typedesc.cc).
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

var _, _ = interface{}(nil).(Formatter)

func Sprintf(format string, a ...interface{}) string
func Sprint(a ...interface{}) string
func Sprintln(a ...interface{}) string

// fdprint* format and write to a file descriptor with one write; errno is 0 on success.
func fdprintf(fd int, format string, a []interface{}) (n int, errno int)
func fdprint(fd int, a []interface{}) (n int, errno int)
func fdprintln(fd int, a []interface{}) (n int, errno int)

// errorf formats like Sprintf, allowing one %w; wrapped is the index of its operand or -1.
func errorf(format string, a []interface{}) (msg string, wrapped int)

func writeError(f *os.File, errno int) error {
	if errno == 0 {
		return nil
	}
	return &os.PathError{Op: "write", Path: f.Name(), Err: syscall.Errno(errno)}
}

func Printf(format string, a ...interface{}) (n int, err error) {
	n, e := fdprintf(1, format, a)
	return n, writeError(os.Stdout, e)
}

func Print(a ...interface{}) (n int, err error) {
	n, e := fdprint(1, a)
	return n, writeError(os.Stdout, e)
}

func Println(a ...interface{}) (n int, err error) {
	n, e := fdprintln(1, a)
	return n, writeError(os.Stdout, e)
}

func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error) {
	if f, ok := w.(*os.File); ok && f != nil && f.Fd() != ^uintptr(0) {
		n, e := fdprintf(int(f.Fd()), format, a)
		return n, writeError(f, e)
	}
	return w.Write([]byte(Sprintf(format, a...)))
}

func Fprint(w io.Writer, a ...interface{}) (n int, err error) {
	if f, ok := w.(*os.File); ok && f != nil && f.Fd() != ^uintptr(0) {
		n, e := fdprint(int(f.Fd()), a)
		return n, writeError(f, e)
	}
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...interface{}) (n int, err error) {
	if f, ok := w.(*os.File); ok && f != nil && f.Fd() != ^uintptr(0) {
		n, e := fdprintln(int(f.Fd()), a)
		return n, writeError(f, e)
	}
	return w.Write([]byte(Sprintln(a...)))
}

func Errorf(format string, a ...interface{}) error {
	s, w := errorf(format, a)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{msg: s, err: a[w].(error)}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error {
	return e.err
}

// ---- scanning: Scan, Scanln, Scanf and their S/F forms ----
//
// Go's scan.go for the operand types a program without reflection can name: pointers to
// bool, integers, floats, complex numbers, string and []byte, and pointers to types defined
// on them (the reflect half of Go's scanOne is scanTarget/scanStore* in C++); no Scanner
// interface. Widths (%5d, %3s) limit the runes an operand may read, as Go's argLimit. A
// reader without UnreadRune is read one byte at a time, as Go does, so at most one rune
// past the last operand is consumed.

type scanError struct {
	err error
}

const eof = -1

type ss struct {
	rs        io.RuneScanner // nil: read rd byte by byte, with one rune of pushback
	rd        io.Reader
	str       string
	pos       int
	fromStr   bool
	peekRune  rune
	hasPeek   bool
	lastRune  rune
	atEOF     bool
	nlIsSpace bool
	nlIsEnd   bool
	buf       []byte
	count     int // runes read so far (unread ones not counted)
	argLimit  int // count may not pass this while the current operand is scanned
}

const hugeWid = 1 << 30

func (s *ss) readByte() (byte, bool) {
	if s.fromStr {
		if s.pos >= len(s.str) {
			return 0, false
		}
		b := s.str[s.pos]
		s.pos++
		return b, true
	}
	var b [1]byte
	for {
		n, err := s.rd.Read(b[:])
		if n == 1 {
			return b[0], true
		}
		if err != nil {
			return 0, false
		}
	}
}

// getRune is Go's ss.ReadRune: eof past the width limit or at the end of input; under
// Scanln a newline is the end of input until it is unread.
func (s *ss) getRune() rune {
	if s.count >= s.argLimit {
		return eof
	}
	r := s.readRune()
	if r != eof {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	}
	return r
}

func (s *ss) readRune() rune {
	if s.rs != nil {
		if s.atEOF {
			return eof
		}
		r, _, err := s.rs.ReadRune()
		if err != nil {
			s.atEOF = true
			return eof
		}
		s.lastRune = r
		return r
	}
	if s.atEOF {
		return eof
	}
	if s.hasPeek {
		s.hasPeek = false
		s.lastRune = s.peekRune
		return s.peekRune
	}
	b, ok := s.readByte()
	if !ok {
		s.atEOF = true
		return eof
	}
	if b < utf8.RuneSelf {
		s.lastRune = rune(b)
		return rune(b)
	}
	p := []byte{b}
	for i := 1; i < utf8.UTFMax && !utf8.FullRune(p); i++ {
		c, ok := s.readByte()
		if !ok {
			break
		}
		p = append(p, c)
	}
	r, _ := utf8.DecodeRune(p)
	s.lastRune = r
	return r
}

func (s *ss) UnreadRune() {
	s.count--
	if s.rs != nil {
		s.rs.UnreadRune()
		s.atEOF = false
		return
	}
	s.peekRune = s.lastRune
	s.hasPeek = true
	s.atEOF = false
}

func (s *ss) errorString(err string) {
	panic(scanError{errors.New(err)})
}

func (s *ss) error(err error) {
	panic(scanError{err})
}

func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func isSpace(r rune) bool {
	return (0x9 <= r && r <= 0xd) || r == ' ' || r == 0x85 || r == 0xa0 || r == 0x1680 ||
		(0x2000 <= r && r <= 0x200a) || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			break
		}
	}
}

func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if r != eof && accept {
		s.UnreadRune()
	}
	return false
}

func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// eofPanic is what notEOF panics with; errorHandler turns it into io.EOF.
type eofPanic struct{}

func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(eofPanic{})
	}
	s.UnreadRune()
}

func (s *ss) accept(ok string) bool {
	return s.consume(ok, true)
}

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.errorString("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.errorString("syntax error scanning boolean")
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
)

func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	base = 10
	digits = decimalDigits
	switch verb {
	case 'b':
		base = 2
		digits = binaryDigits
	case 'o':
		base = 8
		digits = octalDigits
	case 'x', 'X', 'U':
		base = 16
		digits = hexadecimalDigits
	}
	return
}

func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

// parseInt and parseUint: strconv's parsers (C++), code as strconv.go's.
func scanParseInt(s string, base int) (int64, int)
func scanParseUint(s string, base int) (uint64, int)
func scanParseFloat(s string, bitSize int) (float64, int)

func numError(fn, tok string, code int, base int) error {
	msg := "invalid syntax"
	switch code {
	case 2:
		msg = "value out of range"
	case 3:
		msg = "invalid base " + Sprint(base)
	}
	return errors.New("strconv." + fn + ": parsing " + Sprintf("%q", tok) + ": " + msg)
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, code := scanParseInt(tok, base)
	if code != 0 {
		s.error(numError("ParseInt", tok, code, base))
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, code := scanParseUint(tok, base)
	if code != 0 {
		s.error(numError("ParseUint", tok, code, base))
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

var errComplex = errors.New("syntax error scanning complex number")

// complexTokens reads "re±imi", optionally in parentheses, as two float tokens.
func (s *ss) complexTokens() (real, imag string) {
	parens := s.accept("(")
	real = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") { // the imaginary part must have a sign
		s.error(errComplex)
	}
	imagSign := string(s.buf)
	imag = s.floatToken()
	if !s.accept("i") {
		s.error(errComplex)
	}
	if parens && !s.accept(")") {
		s.error(errComplex)
	}
	return real, imagSign + imag
}

func (s *ss) scanComplex(verb rune, n int) complex128 {
	if !s.okVerb(verb, "beEfFgGv", "complex") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	sreal, simag := s.complexTokens()
	real := s.convertFloat(sreal, n/2)
	imag := s.convertFloat(simag, n/2)
	return complex(real, imag)
}

func (s *ss) convertFloat(str string, n int) float64 {
	f, code := scanParseFloat(str, n)
	if code != 0 {
		s.error(numError("ParseFloat", str, code, 10))
	}
	return f
}

func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString reads a double- or back-quoted Go string literal (%q).
func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				// Only the rune right after a backslash can itself be a backslash or quote.
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	default:
		s.errorString("expected quoted string")
	}
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return 10 + int(d-'a'), true
	case 'A' <= d && d <= 'F':
		return 10 + int(d-'A'), true
	}
	return -1, false
}

func (s *ss) hexByte() (b byte, ok bool) {
	r1 := s.getRune()
	if r1 == eof {
		return
	}
	v1, ok := hexDigit(r1)
	if !ok {
		s.UnreadRune()
		return
	}
	v2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return
	}
	return byte(v1<<4 | v2), true
}

// hexString reads a string written as hex bytes (%x).
func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

// The reflect.Kind values scanTarget returns: TypeDesc.kind, numbered by runtime/abi.h's
// enum Kind in Go's reflect.Kind order. Each must equal the abi.h enumerator named beside
// it; the ranges Int..Int64 and Uint..Uintptr are contiguous there as in reflect.
const (
	kindInvalid    = 0  // KindInvalid: a nil interface (reflect's zero Value)
	kindBool       = 1  // KindBool
	kindInt        = 2  // KindInt (then Int8, Int16, Int32)
	kindInt64      = 6  // KindInt64
	kindUint       = 7  // KindUint (then Uint8 ... Uint64)
	kindUintptr    = 12 // KindUintptr
	kindFloat32    = 13 // KindFloat32
	kindFloat64    = 14 // KindFloat64
	kindComplex64  = 15 // KindComplex64
	kindComplex128 = 16 // KindComplex128
	kindPointer    = 22 // KindPointer
	kindSlice      = 23 // KindSlice
	kindString     = 24 // KindString
)

// scanTarget describes a Scan operand for the reflect half of Go's scanOne: kind is its
// reflect.Kind (0 for a nil interface), elem the Kind of what a pointer points to, bits
// that element's size in bits, and byteElem whether the element is a slice of uint8-kind.
func scanTarget(arg interface{}) (kind int, elem int, bits int, byteElem bool)

// scanStore* store v into *arg, a pointer to a type of the element kind scanTarget gave.
func scanStoreBool(arg interface{}, v bool)
func scanStoreInt(arg interface{}, v int64)
func scanStoreUint(arg interface{}, v uint64)
func scanStoreFloat(arg interface{}, v float64)
func scanStoreComplex(arg interface{}, v complex128)
func scanStoreString(arg interface{}, v string)
func scanStoreBytes(arg interface{}, v []byte)

// zeroValueError is the panic Go's reflect raises when Scan is given a nil operand.
type zeroValueError struct{}

func (zeroValueError) Error() string { return "reflect: call of reflect.Value.Type on zero Value" }

// scanOther is the reflect-based default case of Go's scanOne.
func (s *ss) scanOther(verb rune, arg interface{}) {
	kind, elem, bits, byteElem := scanTarget(arg)
	if kind == kindInvalid {
		panic(zeroValueError{})
	}
	if kind != kindPointer {
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
		return
	}
	switch {
	case elem == kindBool:
		scanStoreBool(arg, s.scanBool(verb))
	case elem >= kindInt && elem <= kindInt64:
		scanStoreInt(arg, s.scanInt(verb, bits))
	case elem >= kindUint && elem <= kindUintptr:
		scanStoreUint(arg, s.scanUint(verb, bits))
	case elem == kindString:
		scanStoreString(arg, s.convertString(verb))
	case elem == kindSlice && byteElem:
		scanStoreBytes(arg, []byte(s.convertString(verb)))
	case elem == kindFloat32 || elem == kindFloat64:
		s.SkipSpace()
		s.notEOF()
		scanStoreFloat(arg, s.convertFloat(s.floatToken(), bits))
	case elem == kindComplex64 || elem == kindComplex128:
		scanStoreComplex(arg, s.scanComplex(verb, bits))
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

func (s *ss) scanOne(verb rune, arg interface{}) {
	s.buf = s.buf[:0]
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		if s.okVerb(verb, "beEfFgGv", "float32") {
			s.SkipSpace()
			s.notEOF()
			*v = float32(s.convertFloat(s.floatToken(), 32))
		}
	case *float64:
		if s.okVerb(verb, "beEfFgGv", "float64") {
			s.SkipSpace()
			s.notEOF()
			*v = s.convertFloat(s.floatToken(), 64)
		}
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.scanOther(verb, arg)
	}
}

func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if _, ok := e.(eofPanic); ok {
			*errp = io.EOF
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []interface{}) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

func (s *ss) doScanf(format string, a []interface{}) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++
		maxWid := hugeWid
		if i < end && '0' <= format[i] && format[i] <= '9' { // Go's parsenum (stops before end)
			maxWid = 0
			for ; i < end && '0' <= format[i] && format[i] <= '9'; i++ {
				if maxWid > 1e6 {
					maxWid, i = hugeWid, end // a crazy width: Go gives up on the number
					break
				}
				maxWid = maxWid*10 + int(format[i]-'0')
			}
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = hugeWid
		if f := s.count + maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = hugeWid
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{rd: r, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	}
	return s
}

func stringScanState(str string, nlIsSpace, nlIsEnd bool) *ss {
	return &ss{str: str, fromStr: true, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: hugeWid}
}

// The scanning entry points; Append* (Go 1.19) format onto a byte slice.
func Sscan(str string, a ...interface{}) (n int, err error) {
	return stringScanState(str, true, false).doScan(a)
}
func Sscanln(str string, a ...interface{}) (n int, err error) {
	return stringScanState(str, false, true).doScan(a)
}
func Sscanf(str string, format string, a ...interface{}) (n int, err error) {
	return stringScanState(str, false, false).doScanf(format, a)
}
func Fscan(r io.Reader, a ...interface{}) (n int, err error) {
	return newScanState(r, true, false).doScan(a)
}
func Fscanln(r io.Reader, a ...interface{}) (n int, err error) {
	return newScanState(r, false, true).doScan(a)
}
func Fscanf(r io.Reader, format string, a ...interface{}) (n int, err error) {
	return newScanState(r, false, false).doScanf(format, a)
}
func Scan(a ...interface{}) (n int, err error)                 { return Fscan(os.Stdin, a...) }
func Scanln(a ...interface{}) (n int, err error)               { return Fscanln(os.Stdin, a...) }
func Scanf(format string, a ...interface{}) (n int, err error) { return Fscanf(os.Stdin, format, a...) }
func Append(b []byte, a ...interface{}) []byte                 { return append(b, Sprint(a...)...) }
func Appendf(b []byte, format string, a ...interface{}) []byte {
	return append(b, Sprintf(format, a...)...)
}
func Appendln(b []byte, a ...interface{}) []byte { return append(b, Sprintln(a...)...) }
