// strconv_ftoa.cc — float and integer formatting with Go 1.19's exact output
// (strconv.FormatFloat / AppendFloat / FormatInt).
//
// Digits come from the C++ library, which is exact: std::to_chars gives the shortest
// digits that round-trip (Ryu, the same choice as Go's ryuFtoaShortest), and
// snprintf("%.*e") gives correctly rounded digits for a fixed precision (half to even on
// exact ties, as Go's decimal rounding). Go's own layout rules (formatDigits: when %g
// switches to an exponent, how many digits %e keeps, two-digit exponents) are then
// applied to those digits here. 'b' and 'x' are computed from the bits directly.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "stdlib/strconv_impl.h"

namespace mgo::std::strconv {
namespace {

// A decimal number 0.d[0]d[1]...d[nd-1] * 10^dp, without trailing zeros (nd == 0: zero).
struct Digits {
  char d[800];
  int nd = 0;
  int dp = 0;
};

// Parses "d.ddde[+-]xx" (as to_chars/snprintf scientific print it, no sign) into digits.
void parse_sci(const char* s, Digits* out) {
  int nd = 0;
  const char* p = s;
  for (; *p && *p != 'e' && *p != 'E'; ++p) {
    if (*p >= '0' && *p <= '9') out->d[nd++] = *p;
  }
  int exp = 0;
  if (*p) exp = atoi(p + 1);
  while (nd > 0 && out->d[nd - 1] == '0') nd--;
  out->nd = nd;
  out->dp = exp + 1;
  if (nd == 0) out->dp = 0;
}

void shortest_digits(double v, int bitsize, Digits* out) {
  char buf[64];
  ::std::to_chars_result r;
  if (v == 0) { out->nd = 0; out->dp = 0; return; }
  if (bitsize == 32) r = ::std::to_chars(buf, buf + sizeof buf, ::std::fabs(static_cast<float>(v)), ::std::chars_format::scientific);
  else r = ::std::to_chars(buf, buf + sizeof buf, ::std::fabs(v), ::std::chars_format::scientific);
  *r.ptr = 0;
  parse_sci(buf, out);
}

void fixed_digits(double v, int ndigits, Digits* out) {
  if (v == 0) { out->nd = 0; out->dp = 0; return; }
  if (ndigits > 780) ndigits = 780;  // a double has at most 767 significant digits
  ::std::string buf(static_cast<size_t>(ndigits) + 32, '\0');
  snprintf(buf.data(), buf.size(), "%.*e", ndigits - 1, ::std::fabs(v));
  parse_sci(buf.c_str(), out);
}

void fmt_e(::std::string& dst, bool neg, const Digits& d, int prec, char fmt) {
  if (neg) dst += '-';
  dst += d.nd != 0 ? d.d[0] : '0';
  if (prec > 0) {
    dst += '.';
    int i = 1;
    int m = d.nd < prec + 1 ? d.nd : prec + 1;
    if (i < m) { dst.append(d.d + i, static_cast<size_t>(m - i)); i = m; }
    for (; i <= prec; i++) dst += '0';
  }
  dst += fmt;
  int exp = d.nd == 0 ? 0 : d.dp - 1;
  dst += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) { dst += '0'; dst += static_cast<char>('0' + exp); }
  else if (exp < 100) { dst += static_cast<char>('0' + exp / 10); dst += static_cast<char>('0' + exp % 10); }
  else {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

void fmt_f(::std::string& dst, bool neg, const Digits& d, int prec) {
  if (neg) dst += '-';
  if (d.dp > 0) {
    int m = d.nd < d.dp ? d.nd : d.dp;
    dst.append(d.d, static_cast<size_t>(m));
    for (; m < d.dp; m++) dst += '0';
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; i++) {
      int j = d.dp + i;
      dst += (0 <= j && j < d.nd) ? d.d[j] : '0';
    }
  }
}

// Go's formatDigits.
void format_digits(::std::string& dst, bool shortest, bool neg, const Digits& d, int prec, char fmt) {
  switch (fmt) {
    case 'e': case 'E':
      fmt_e(dst, neg, d, prec, fmt);
      return;
    case 'f':
      fmt_f(dst, neg, d, prec);
      return;
    case 'g': case 'G': {
      int eprec = prec;
      if (eprec > d.nd && d.nd >= d.dp) eprec = d.nd;
      if (shortest) eprec = 6;
      int exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.nd) prec = d.nd;
        fmt_e(dst, neg, d, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
      }
      if (prec > d.dp) prec = d.nd;
      fmt_f(dst, neg, d, prec - d.dp > 0 ? prec - d.dp : 0);
      return;
    }
  }
  dst += '%';
  dst += fmt;
}

void fmt_b(::std::string& dst, bool neg, uint64_t mant, int exp, int mantbits) {
  if (neg) dst += '-';
  append_uint(dst, mant, 10);
  dst += 'p';
  exp -= mantbits;
  if (exp >= 0) dst += '+';
  append_int(dst, exp, 10);
}

void fmt_x(::std::string& dst, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
  if (mant == 0) exp = 0;
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg) dst += '-';
  dst += '0';
  dst += fmt;
  dst += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    dst += '.';
    while (mant != 0) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; i++) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  }
  dst += fmt == 'X' ? 'P' : 'p';
  dst += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 100) {
    dst += static_cast<char>('0' + exp / 10);
    dst += static_cast<char>('0' + exp % 10);
  } else if (exp < 1000) {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  } else {
    dst += static_cast<char>('0' + exp / 1000);
    dst += static_cast<char>('0' + exp / 100 % 10);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

}  // namespace

void append_float(::std::string& dst, double val, char fmt, int prec, int bitsize) {
  uint64_t bits, mant;
  int exp, mantbits, expbits, bias;
  if (bitsize == 32) {
    float f = static_cast<float>(val);
    uint32_t b;
    memcpy(&b, &f, 4);
    bits = b;
    mantbits = 23; expbits = 8; bias = -127;
    val = f;
  } else {
    memcpy(&bits, &val, 8);
    mantbits = 52; expbits = 11; bias = -1023;
  }
  bool neg = (bits >> (expbits + mantbits)) != 0;
  exp = static_cast<int>(bits >> mantbits) & ((1 << expbits) - 1);
  mant = bits & ((uint64_t(1) << mantbits) - 1);
  if (exp == (1 << expbits) - 1) {
    dst += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
    return;
  }
  if (exp == 0) exp++;
  else mant |= uint64_t(1) << mantbits;
  exp += bias;
  if (fmt == 'b') { fmt_b(dst, neg, mant, exp, mantbits); return; }
  if (fmt == 'x' || fmt == 'X') { fmt_x(dst, prec, fmt, neg, mant, exp, mantbits); return; }

  Digits digs;
  bool shortest = prec < 0;
  if (shortest) {
    shortest_digits(val, bitsize, &digs);
    switch (fmt) {
      case 'e': case 'E': prec = digs.nd - 1 > 0 ? digs.nd - 1 : 0; break;
      case 'f': prec = digs.nd - digs.dp > 0 ? digs.nd - digs.dp : 0; break;
      case 'g': case 'G': prec = digs.nd; break;
    }
    format_digits(dst, true, neg, digs, prec, fmt);
    return;
  }
  switch (fmt) {
    case 'e': case 'E': case 'f': {
      // snprintf rounds exactly (half to even on ties), as Go's decimal rounding.
      char spec[8] = {'%', '.', '*', fmt, 0};
      int cap = prec + 400;
      ::std::string buf(static_cast<size_t>(cap), '\0');
      int n = snprintf(buf.data(), buf.size(), spec, prec, val);
      if (n >= cap) {
        buf.resize(static_cast<size_t>(n) + 1);
        n = snprintf(buf.data(), buf.size(), spec, prec, val);
      }
      dst.append(buf.data(), static_cast<size_t>(n));
      return;
    }
    case 'g': case 'G':
      if (prec == 0) prec = 1;
      fixed_digits(val, prec, &digs);
      format_digits(dst, false, neg, digs, prec, fmt);
      return;
  }
  dst += '%';
  dst += fmt;
}

void append_uint(::std::string& dst, uint64_t u, int base) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char buf[65];
  int i = 65;
  do {
    buf[--i] = digits[u % static_cast<unsigned>(base)];
    u /= static_cast<unsigned>(base);
  } while (u != 0);
  dst.append(buf + i, static_cast<size_t>(65 - i));
}

void append_int(::std::string& dst, int64_t v, int base) {
  if (v < 0) {
    dst += '-';
    append_uint(dst, -static_cast<uint64_t>(v), base);
  } else {
    append_uint(dst, static_cast<uint64_t>(v), base);
  }
}

}  // namespace mgo::std::strconv
