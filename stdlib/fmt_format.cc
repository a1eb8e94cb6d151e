// fmt_format.cc — one operand's layout, as Go's fmt/format.go: padding to a width with
// spaces or zeros, precision, the + - # 0 space flags, integers in bases 2/8/10/16,
// %c %q %U, strings and byte strings in hex, floats through strconv's AppendFloat.
// Widths count runes, not bytes, as Go does.
#include <string>

#include "stdlib/fmt_internal.h"
#include "stdlib/strconv_impl.h"
#include "stdlib/utf8.h"

namespace mgo::std::fmt {

const char kLowerDigits[] = "0123456789abcdefx";
const char kUpperDigits[] = "0123456789ABCDEFX";

void Fmt::write_padding(int n) {
  if (n <= 0) return;
  buf_->append(static_cast<size_t>(n), f.zero ? '0' : ' ');
}

void Fmt::pad(::std::string_view s) {
  if (!f.widPresent || wid == 0) {
    buf_->append(s);
    return;
  }
  int width = wid - static_cast<int>(utf8::rune_count(reinterpret_cast<const uint8_t*>(s.data()),
                                                       static_cast<int64_t>(s.size())));
  if (!f.minus) {
    write_padding(width);
    buf_->append(s);
  } else {
    buf_->append(s);
    write_padding(width);
  }
}

void Fmt::fmt_boolean(bool v) { pad(v ? "true" : "false"); }

void Fmt::fmt_unicode(uint64_t u) {
  // "U+0041", with %#U also " 'A'" when printable.
  int p = 4;
  if (f.precPresent && prec > 4) p = prec;
  ::std::string digits;
  uint64_t x = u;
  do {
    digits.insert(digits.begin(), kUpperDigits[x & 0xF]);
    x >>= 4;
    p--;
  } while (x != 0);
  ::std::string out = "U+";
  for (; p > 0; p--) out += '0';
  out += digits;
  if (f.sharp && u <= static_cast<uint64_t>(utf8::MaxRune) && strconv::is_print(static_cast<int32_t>(u))) {
    out += " '";
    utf8::append(out, static_cast<int32_t>(u));
    out += '\'';
  }
  bool old_zero = f.zero;
  f.zero = false;
  pad(out);
  f.zero = old_zero;
}

void Fmt::fmt_integer(uint64_t u, int base, bool is_signed, int32_t verb, const char* digits) {
  bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = -u;
  int p = 0;
  if (f.precPresent) {
    p = prec;
    if (p == 0 && u == 0) {
      bool old_zero = f.zero;
      f.zero = false;
      write_padding(wid);
      f.zero = old_zero;
      return;
    }
  } else if (f.zero && f.widPresent) {
    p = wid;
    if (negative || f.plus || f.space) p--;  // leave room for the sign
  }
  // Digits are produced backwards into a buffer large enough for any width/precision.
  ::std::string buf;
  switch (base) {
    case 10:
      while (u >= 10) {
        buf += static_cast<char>('0' + u % 10);
        u /= 10;
      }
      break;
    case 16:
      while (u >= 16) {
        buf += digits[u & 0xF];
        u >>= 4;
      }
      break;
    case 8:
      while (u >= 8) {
        buf += static_cast<char>('0' + (u & 7));
        u >>= 3;
      }
      break;
    case 2:
      while (u >= 2) {
        buf += static_cast<char>('0' + (u & 1));
        u >>= 1;
      }
      break;
  }
  buf += digits[u];
  while (static_cast<int>(buf.size()) < p) buf += '0';
  if (f.sharp) {
    switch (base) {
      case 2: buf += "b0"; break;
      case 8:
        if (buf.back() != '0') buf += '0';
        break;
      case 16:
        buf += digits[16];
        buf += '0';
        break;
    }
  }
  if (verb == 'O') buf += "o0";
  if (negative) buf += '-';
  else if (f.plus) buf += '+';
  else if (f.space) buf += ' ';
  ::std::string out(buf.rbegin(), buf.rend());
  bool old_zero = f.zero;
  f.zero = false;
  pad(out);
  f.zero = old_zero;
}

::std::string_view Fmt::truncate(::std::string_view s) const {
  if (f.precPresent) {
    int n = prec;
    const uint8_t* b = reinterpret_cast<const uint8_t*>(s.data());
    int64_t len = static_cast<int64_t>(s.size());
    for (int64_t i = 0; i < len;) {
      n--;
      if (n < 0) return s.substr(0, static_cast<size_t>(i));
      int w = 1;
      if (b[i] >= utf8::RuneSelf) utf8::decode(b + i, len - i, &w);
      i += w;
    }
  }
  return s;
}

void Fmt::fmt_s(::std::string_view s) { pad(truncate(s)); }

void Fmt::fmt_sbx(::std::string_view s, const char* digits) {
  int length = static_cast<int>(s.size());
  if (f.precPresent && prec < length) length = prec;
  int width = 2 * length;
  if (width > 0) {
    if (f.space) {
      if (f.sharp) width *= 2;
      width += length - 1;
    } else if (f.sharp) {
      width += 2;
    }
  } else {
    if (f.widPresent) write_padding(wid);
    return;
  }
  if (f.widPresent && wid > width && !f.minus) write_padding(wid - width);
  ::std::string& buf = *buf_;
  if (f.sharp) {
    buf += '0';
    buf += digits[16];
  }
  for (int i = 0; i < length; i++) {
    if (f.space && i > 0) {
      buf += ' ';
      if (f.sharp) {
        buf += '0';
        buf += digits[16];
      }
    }
    uint8_t c = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
    buf += digits[c >> 4];
    buf += digits[c & 0xF];
  }
  if (f.widPresent && wid > width && f.minus) write_padding(wid - width);
}

void Fmt::fmt_q(::std::string_view s) {
  s = truncate(s);
  if (f.sharp && strconv::can_backquote(s)) {
    ::std::string q = "`";
    q += s;
    q += '`';
    pad(q);
    return;
  }
  ::std::string q;
  strconv::append_quote(q, s, '"', f.plus, false);
  pad(q);
}

void Fmt::fmt_c(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(utf8::MaxRune) ? utf8::RuneError : static_cast<int32_t>(c);
  ::std::string s;
  utf8::append(s, r);
  pad(s);
}

void Fmt::fmt_qc(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(utf8::MaxRune) ? utf8::RuneError : static_cast<int32_t>(c);
  ::std::string s;
  strconv::append_quote_rune(s, r, '\'', f.plus, false);
  pad(s);
}

void Fmt::fmt_float(double v, int size, int32_t verb, int p) {
  if (f.precPresent) p = prec;
  // num[0] is the sign slot: '+' unless AppendFloat wrote a sign itself.
  ::std::string num = "+";
  strconv::append_float(num, v, static_cast<char>(verb), p, size);
  if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
  else num[0] = '+';
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    bool old_zero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
    pad(num);
    f.zero = old_zero;
    return;
  }
  if (f.sharp && verb != 'b') {
    int digits = 0;
    switch (verb) {
      case 'v': case 'g': case 'G': case 'x':
        digits = p;
        if (digits == -1) digits = 6;  // %e is used if the exponent from the conversion is < -4 or >= precision
    }
    ::std::string tail;
    bool has_decimal_point = false;
    bool saw_nonzero_digit = false;
    for (size_t i = 1; i < num.size(); i++) {
      char c = num[i];
      if (c == '.') {
        has_decimal_point = true;
        continue;
      }
      if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (c != '0') saw_nonzero_digit = true;
      if (saw_nonzero_digit) digits--;
    }
    if (!has_decimal_point) {
      if (num.size() == 2 && num[1] == '0') digits--;
      num += '.';
    }
    for (; digits > 0; digits--) num += '0';
    num += tail;
  }
  if (f.plus || num[0] != '+') {
    if (f.zero && f.widPresent && wid > static_cast<int>(num.size())) {
      *buf_ += num[0];
      write_padding(wid - static_cast<int>(num.size()));
      buf_->append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(::std::string_view(num).substr(1));
}

}  // namespace mgo::std::fmt
