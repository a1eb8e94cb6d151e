// strconv_parse.cc — ParseInt, ParseUint and ParseFloat with Go 1.19's syntax (base
// prefixes and underscores for base 0, "inf"/"infinity"/"nan", hex floats with a
// mandatory p exponent, underscores between digits) and Go's results on error (0 for bad
// syntax, the clamped value for out of range, ±Inf for float overflow).
//
// The float value itself comes from strtod/strtof on the validated text (glibc rounds
// correctly, as Go's Eisel-Lemire/decimal path does); the C locale is assumed.
#include <bit>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "stdlib/math_go.h"
#include "stdlib/strconv_impl.h"

namespace mgo::std::strconv {
namespace {

char lower(char c) { return static_cast<char>(c | ('x' - 'X')); }

bool underscore_ok(::std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

size_t common_prefix_ignore_case(::std::string_view s, ::std::string_view prefix) {
  size_t n = prefix.size() < s.size() ? prefix.size() : s.size();
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if ('A' <= c && c <= 'Z') c = static_cast<char>(c + 'a' - 'A');
    if (c != prefix[i]) return i;
  }
  return n;
}

// Go's special(): infinities and NaN; returns the length consumed, 0 if none.
size_t special(::std::string_view s, double* f) {
  if (s.empty()) return 0;
  int sign = 1;
  size_t nsign = 0;
  if (s[0] == '+' || s[0] == '-') {
    if (s[0] == '-') sign = -1;
    nsign = 1;
    s.remove_prefix(1);
  } else if (s[0] == 'n' || s[0] == 'N') {
    if (common_prefix_ignore_case(s, "nan") == 3) {
      *f = mgo::std::gomath::kGoNaN;
      return 3;
    }
    return 0;
  }
  if (s.empty() || (s[0] != 'i' && s[0] != 'I')) return 0;
  size_t n = common_prefix_ignore_case(s, "infinity");
  if (3 < n && n < 8) n = 3;
  if (n == 3 || n == 8) {
    *f = sign * HUGE_VAL;
    return nsign + n;
  }
  return 0;
}

// Go's readFloat as a validator: the length of the longest float prefix, or 0.
size_t read_float(::std::string_view s, bool* hex) {
  size_t i = 0;
  bool underscores = false;
  *hex = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
  int base = 10;
  char exp_char = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    base = 16;
    i += 2;
    exp_char = 'p';
    *hex = true;
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      continue;
    }
    if (('0' <= c && c <= '9') || (base == 16 && 'a' <= lower(c) && lower(c) <= 'f')) {
      sawdigits = true;
      continue;
    }
    break;
  }
  if (!sawdigits) return 0;
  if (i < s.size() && lower(s[i]) == exp_char) {
    i++;
    if (i >= s.size()) return 0;
    if (s[i] == '+' || s[i] == '-') i++;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return 0;
    for (; i < s.size() && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++)
      if (s[i] == '_') underscores = true;
  } else if (base == 16) {
    return 0;
  }
  if (underscores && !underscore_ok(s.substr(0, i))) return 0;
  return i;
}

}  // namespace

ParseErr parse_uint(::std::string_view s, int base, int bitsize, uint64_t* out) {
  *out = 0;
  if (s.empty()) return ParseErr::Syntax;
  bool base0 = base == 0;
  ::std::string_view s0 = s;
  if (2 <= base && base <= 36) {
    // valid base; nothing to do
  } else if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') { base = 2; s.remove_prefix(2); }
      else if (s.size() >= 3 && lower(s[1]) == 'o') { base = 8; s.remove_prefix(2); }
      else if (s.size() >= 3 && lower(s[1]) == 'x') { base = 16; s.remove_prefix(2); }
      else { base = 8; s.remove_prefix(1); }
    }
  } else {
    return ParseErr::Base;
  }
  if (bitsize == 0) bitsize = 64;
  else if (bitsize < 0 || bitsize > 64) return ParseErr::BitSize;
  uint64_t cutoff = ~uint64_t{0} / static_cast<uint64_t>(base) + 1;
  uint64_t max_val = bitsize == 64 ? ~uint64_t{0} : (uint64_t{1} << bitsize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if ('0' <= c && c <= '9') {
      d = c - '0';
    } else if ('a' <= lower(c) && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      return ParseErr::Syntax;
    }
    if (d >= base) return ParseErr::Syntax;
    if (n >= cutoff) {
      *out = max_val;
      return ParseErr::Range;
    }
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + static_cast<uint64_t>(d);
    if (n1 < n || n1 > max_val) {
      *out = max_val;
      return ParseErr::Range;
    }
    n = n1;
  }
  if (underscores && !underscore_ok(s0)) return ParseErr::Syntax;
  *out = n;
  return ParseErr::Ok;
}

ParseErr parse_int(::std::string_view s, int base, int bitsize, int64_t* out) {
  *out = 0;
  if (s.empty()) return ParseErr::Syntax;
  bool neg = false;
  if (s[0] == '+') s.remove_prefix(1);
  else if (s[0] == '-') { neg = true; s.remove_prefix(1); }
  uint64_t un;
  ParseErr e = parse_uint(s, base, bitsize, &un);
  if (e != ParseErr::Ok && e != ParseErr::Range) return e;
  if (bitsize == 0) bitsize = 64;
  uint64_t cutoff = uint64_t{1} << (bitsize - 1);
  if (!neg && un >= cutoff) {
    *out = static_cast<int64_t>(cutoff - 1);
    return ParseErr::Range;
  }
  if (neg && un > cutoff) {
    *out = -static_cast<int64_t>(cutoff);
    return ParseErr::Range;
  }
  *out = neg ? static_cast<int64_t>(0 - un) : static_cast<int64_t>(un);
  return e;
}

size_t float_prefix_len(::std::string_view s) {
  double sp;
  size_t n = special(s, &sp);
  if (n > 0) return n;
  bool hex;
  return read_float(s, &hex);
}

ParseErr parse_float(::std::string_view s, int bitsize, double* out) {
  *out = 0;
  double sp;
  size_t n = special(s, &sp);
  if (n > 0) {
    if (n != s.size()) return ParseErr::Syntax;
    *out = bitsize == 32 ? static_cast<double>(static_cast<float>(sp)) : sp;  // Go: float32(f)
    return ParseErr::Ok;
  }
  bool hex;
  n = read_float(s, &hex);
  if (n == 0 || n != s.size()) return ParseErr::Syntax;
  if (!hex && s.find('_') == ::std::string_view::npos) {
    // The syntax is Go's (checked above); std::from_chars rounds correctly and is several
    // times faster than strtod. It reports overflow and underflow as out of range without
    // a value: those take strtod's path below.
    ::std::string_view t = s[0] == '+' ? s.substr(1) : s;
    ::std::from_chars_result r;
    if (bitsize == 32) {
      float f;
      r = ::std::from_chars(t.data(), t.data() + t.size(), f);
      if (r.ec == ::std::errc() && r.ptr == t.data() + t.size()) {
        *out = f;
        return ParseErr::Ok;
      }
    } else {
      double d;
      r = ::std::from_chars(t.data(), t.data() + t.size(), d);
      if (r.ec == ::std::errc() && r.ptr == t.data() + t.size()) {
        *out = d;
        return ParseErr::Ok;
      }
    }
  }
  ::std::string clean;
  clean.reserve(s.size());
  for (char c : s)
    if (c != '_') clean += c;
  errno = 0;
  double v;
  if (bitsize == 32) v = ::strtof(clean.c_str(), nullptr);
  else v = ::strtod(clean.c_str(), nullptr);
  *out = v;
  if (::std::isinf(v)) return ParseErr::Range;
  return ParseErr::Ok;
}

}  // namespace mgo::std::strconv
