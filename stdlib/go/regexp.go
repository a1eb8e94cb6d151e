// Package regexp on RE2 (stdlib/regexp.cc). Matching at a position is C++; iterating
// over matches (Go's rules for empty matches), $-expansion (Go's: $1x means ${1x}) and
// Split are written here as Go writes them.
package regexp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// compile: posix selects Go's syntax.POSIX (CompilePOSIX), which implies longest.
func compile(expr string, longest, posix bool) (handle int, nsub int, err string)
func match(h int, s string, pos int, dst []int) bool
func subexpName(h int, i int) string

// fixUTF8 returns s with each byte of an invalid UTF-8 sequence replaced by "\uFFFD",
// and the offset maps s -> t (len(s)+1 entries) and t -> s (len(t)+1 entries).
func fixUTF8(s string) (t string, toT []int, toS []int)

// A text is what RE2 is given for s. Go's matcher reads each invalid UTF-8 byte as U+FFFD
// of width 1 (so . and [^a] match it and \x{fffd} does); RE2 would skip it or read a
// surrogate encoding as one character. So an invalid s is matched as its fixUTF8 copy
// and offsets are mapped back; a valid s (the usual case) is matched as is.
type text struct {
	s, t     string
	toT, toS []int // nil when t == s
}

func newText(s string) *text {
	if utf8.ValidString(s) {
		return &text{s: s, t: s}
	}
	t, toT, toS := fixUTF8(s)
	return &text{s, t, toT, toS}
}

// exec returns the match at or after pos (an offset in in.s) with ncap pairs of
// offsets in in.s (-1 for groups that did not take part), or nil; ncap == 0 asks only
// whether there is one (non-nil empty result).
func (re *Regexp) exec(in *text, pos int, ncap int) []int {
	dst := make([]int, 2*ncap)
	if in.toT == nil {
		if !match(re.handle, in.s, pos, dst) {
			return nil
		}
		return dst
	}
	if !match(re.handle, in.t, in.toT[pos], dst) {
		return nil
	}
	for i, v := range dst {
		if v >= 0 {
			dst[i] = in.toS[v]
		}
	}
	return dst
}

type Regexp struct {
	expr        string
	handle      int
	numSubexp   int
	subexpNames []string
	longest     bool
}

type Error struct {
	msg string
}

func (e *Error) Error() string {
	return e.msg
}

func compileRegexp(expr string, posix bool) (*Regexp, error) {
	longest := posix
	h, nsub, msg := compile(expr, longest, posix)
	if h < 0 {
		return nil, &Error{msg}
	}
	re := &Regexp{expr: expr, handle: h, numSubexp: nsub, longest: longest}
	re.subexpNames = make([]string, nsub+1)
	for i := 1; i <= nsub; i++ {
		re.subexpNames[i] = subexpName(h, i)
	}
	return re, nil
}

func Compile(expr string) (*Regexp, error) {
	return compileRegexp(expr, false)
}

func CompilePOSIX(expr string) (*Regexp, error) {
	return compileRegexp(expr, true)
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

func Match(pattern string, b []byte) (matched bool, err error) {
	return MatchString(pattern, string(b))
}

func (re *Regexp) String() string {
	return re.expr
}

func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

func (re *Regexp) Longest() {
	if re.longest {
		return
	}
	h, _, _ := compile(re.expr, true, false)
	re.handle = h
	re.longest = true
}

// doExecute returns the first match in s with ncap pairs of offsets, or nil.
func (re *Regexp) doExecute(s string, ncap int) []int {
	return re.exec(newText(s), 0, ncap)
}

func (re *Regexp) MatchString(s string) bool {
	return re.exec(newText(s), 0, 0) != nil
}

func (re *Regexp) Match(b []byte) bool {
	return re.MatchString(string(b))
}

func (re *Regexp) FindString(s string) string {
	a := re.doExecute(s, 1)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

func (re *Regexp) FindStringIndex(s string) []int {
	a := re.doExecute(s, 1)
	if a == nil {
		return nil
	}
	return a[0:2]
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.doExecute(s, re.numSubexp+1)
	if a == nil {
		return nil
	}
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.doExecute(s, re.numSubexp+1)
}

func (re *Regexp) Find(b []byte) []byte {
	a := re.doExecute(string(b), 1)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

func (re *Regexp) FindIndex(b []byte) []int {
	return re.FindStringIndex(string(b))
}

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.doExecute(string(b), re.numSubexp+1)
	if a == nil {
		return nil
	}
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// allMatches calls deliver for each successive non-overlapping match, at most n
// (n < 0: all), skipping an empty match right after the previous match, as Go does.
func (re *Regexp) allMatches(s string, n int, ncap int, deliver func([]int)) {
	end := len(s)
	if n < 0 {
		n = end + 1
	}
	in := newText(s)
	for pos, i, prevMatchEnd := 0, 0, -1; i < n && pos <= end; {
		matches := re.exec(in, pos, ncap)
		if len(matches) == 0 {
			break
		}
		accept := true
		if matches[1] == pos {
			// An empty match.
			if matches[0] == prevMatchEnd {
				accept = false
			}
			width := 0
			if pos < end {
				_, width = utf8.DecodeRuneInString(s[pos:end])
			}
			if width > 0 {
				pos += width
			} else {
				pos = end + 1
			}
		} else {
			pos = matches[1]
		}
		prevMatchEnd = matches[1]
		if accept {
			deliver(matches)
			i++
		}
	}
}

func (re *Regexp) FindAllString(s string, n int) []string {
	var result []string
	re.allMatches(s, n, 1, func(match []int) {
		result = append(result, s[match[0]:match[1]])
	})
	return result
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(s, n, 1, func(match []int) {
		result = append(result, match[0:2])
	})
	return result
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var result [][]string
	re.allMatches(s, n, re.numSubexp+1, func(match []int) {
		slice := make([]string, len(match)/2)
		for j := range slice {
			if match[2*j] >= 0 {
				slice[j] = s[match[2*j]:match[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(s, n, re.numSubexp+1, func(match []int) {
		result = append(result, match)
	})
	return result
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var result [][]byte
	re.allMatches(string(b), n, 1, func(match []int) {
		result = append(result, b[match[0]:match[1]:match[1]])
	})
	return result
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.FindStringSubmatchIndex(string(b))
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var result [][][]byte
	re.allMatches(string(b), n, re.numSubexp+1, func(match []int) {
		slice := make([][]byte, len(match)/2)
		for j := range slice {
			if match[2*j] >= 0 {
				slice[j] = b[match[2*j]:match[2*j+1]:match[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// Copy is deprecated in Go: a shallow copy (the compiled program is shared and immutable).
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return re.FindAllStringIndex(string(b), n)
}

// replaceAll copies src with each match replaced by repl(dst, match), skipping an
// empty match right after a previous match, as Go does.
func (re *Regexp) replaceAll(src string, ncap int, repl func(dst []byte, m []int) []byte) []byte {
	lastMatchEnd := 0
	searchPos := 0
	var buf []byte
	endPos := len(src)
	in := newText(src)
	for searchPos <= endPos {
		a := re.exec(in, searchPos, ncap)
		if len(a) == 0 {
			break
		}
		buf = append(buf, src[lastMatchEnd:a[0]]...)
		if a[1] > lastMatchEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastMatchEnd = a[1]
		width := 0
		if searchPos < endPos {
			_, width = utf8.DecodeRuneInString(src[searchPos:])
		}
		if searchPos+width > a[1] {
			searchPos += width
		} else if searchPos+1 > a[1] {
			searchPos++
		} else {
			searchPos = a[1]
		}
	}
	buf = append(buf, src[lastMatchEnd:]...)
	return buf
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	ncap := 1
	if strings.Contains(repl, "$") {
		ncap = re.numSubexp + 1
	}
	b := re.replaceAll(src, ncap, func(dst []byte, match []int) []byte {
		return re.expand(dst, repl, src, match)
	})
	return string(b)
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, 1, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	}))
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	b := re.replaceAll(src, 1, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
	return string(b)
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s := string(src)
	r := string(repl)
	return re.replaceAll(s, re.numSubexp+1, func(dst []byte, match []int) []byte {
		return re.expand(dst, r, s, match)
	})
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return []byte(re.ReplaceAllLiteralString(string(src), string(repl)))
}

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	s := string(src)
	return re.replaceAll(s, 1, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
}

func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

// expand appends template to dst with $name and ${name} replaced by the submatch.
func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for len(template) > 0 {
		i := strings.Index(template, "$")
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i:]
		if len(template) > 1 && template[1] == '$' {
			dst = append(dst, '$')
			template = template[2:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			// Malformed; treat $ as raw text.
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				dst = append(dst, src[match[2*num]:match[2*num+1]]...)
			}
		} else {
			for i, namei := range re.subexpNames {
				if name == namei && 2*i+1 < len(match) && match[2*i] >= 0 {
					dst = append(dst, src[match[2*i]:match[2*i+1]]...)
					break
				}
			}
		}
	}
	dst = append(dst, template...)
	return dst
}

// extract parses $name or ${name} at the start of str: the name is the longest run of
// letters, digits and underscores; an all-digit name is a group number.
func extract(str string) (name string, num int, rest string, ok bool) {
	if len(str) < 2 || str[0] != '$' {
		return
	}
	brace := false
	if str[1] == '{' {
		brace = true
		str = str[2:]
	} else {
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		rune, size := utf8.DecodeRuneInString(str[i:])
		if !isWordRune(rune) {
			break
		}
		i += size
	}
	if i == 0 {
		return
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || '9' < name[j] || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]) - '0'
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	rest = str[i:]
	ok = true
	return
}

func isWordRune(r rune) bool {
	return r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') || r > 0x7f && isLetterOrDigit(r)
}

func isLetterOrDigit(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	strs := make([]string, 0, len(matches))
	beg := 0
	end := 0
	for _, match := range matches {
		if n > 0 && len(strs) == n-1 {
			break
		}
		end = match[0]
		if match[1] != 0 {
			strs = append(strs, s[beg:end])
		}
		beg = match[1]
	}
	if end != len(s) {
		strs = append(strs, s[beg:])
	}
	return strs
}

func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	i := 0
	for i < len(re.expr) && !special(re.expr[i]) {
		i++
	}
	return re.expr[:i], i == len(re.expr) && i > 0
}

func special(b byte) bool {
	return strings.IndexByte(`\.+*?()|[]{}^$`, b) >= 0
}

func QuoteMeta(s string) string {
	var i int
	for i = 0; i < len(s); i++ {
		if special(s[i]) {
			break
		}
	}
	if i >= len(s) {
		return s
	}
	b := make([]byte, 2*len(s)-i)
	copy(b, s[:i])
	j := i
	for ; i < len(s); i++ {
		if special(s[i]) {
			b[j] = '\\'
			j++
		}
		b[j] = s[i]
		j++
	}
	return string(b[:j])
}
