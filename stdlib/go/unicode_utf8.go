// Package utf8 (unicode/utf8): decoding and encoding with Go's rules; the decoders are
// C++ (stdlib/utf8.cc).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func RuneCountInString(s string) (n int)
func ValidString(s string) bool

func DecodeRune(p []byte) (r rune, size int) {
	return DecodeRuneInString(string(p))
}

func DecodeLastRune(p []byte) (r rune, size int) {
	return DecodeLastRuneInString(string(p))
}

func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

func Valid(p []byte) bool {
	return ValidString(string(p))
}

func ValidRune(r rune) bool {
	if 0 <= r && r < 0xD800 {
		return true
	}
	if 0xDFFF < r && r <= MaxRune {
		return true
	}
	return false
}

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func EncodeRune(p []byte, r rune) int {
	s := string(r)
	if !ValidRune(r) {
		s = string(RuneError)
	}
	_ = p[len(s)-1] // Go indexes p[size-1] first: its index-out-of-range panic
	return copy(p, s)
}

func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	if !ValidRune(r) {
		r = RuneError
	}
	return append(p, string(r)...)
}

func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	r, size := DecodeRuneInString(s)
	if r != RuneError || size != 1 {
		return true
	}
	// An invalid first byte or a complete invalid sequence is "full"; only a valid but
	// truncated prefix is not.
	return !validPrefix(s)
}

func FullRune(p []byte) bool {
	return FullRuneInString(string(p))
}

// validPrefix reports whether s (shorter than the rune it starts) could still become a
// valid encoding with more bytes.
func validPrefix(s string) bool {
	c := s[0]
	need := 0
	switch {
	case c >= 0xC2 && c < 0xE0:
		need = 2
	case c >= 0xE0 && c < 0xF0:
		need = 3
	case c >= 0xF0 && c <= 0xF4:
		need = 4
	default:
		return false
	}
	if len(s) >= need {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return false
		}
		if i == 1 {
			if c == 0xE0 && s[1] < 0xA0 || c == 0xED && s[1] > 0x9F || c == 0xF0 && s[1] < 0x90 || c == 0xF4 && s[1] > 0x8F {
				return false
			}
		}
	}
	return true
}
