// constant.cc — exact constant arithmetic on boost::multiprecision numbers (see constant.h).
//
// Representation: Int -> cpp_int; Float -> cpp_rational (exact: literals are finite
// decimal/binary fractions and the operations + - * / keep rationals exact); Complex -> two
// rationals. Conversion to float64/float32 rounds correctly (ties to even) by computing the
// 53/24 most significant bits of the quotient numerator/denominator with a sticky bit.
#include "frontend/constant.h"

#include <boost/multiprecision/cpp_int.hpp>
#include <cmath>
#include <cstdio>

namespace mgo::fe {

namespace mp = boost::multiprecision;
using BigInt = mp::cpp_int;
using Rat = mp::cpp_rational;

struct ValueRep {
  BigInt i;     // Int
  Rat re, im;   // Float: re; Complex: re, im
};

struct ValueOps {
  static Value mk(Value::Kind k, ValueRep r) {
    Value v;
    v.kind_ = k;
    v.rep_ = std::make_shared<const ValueRep>(std::move(r));
    return v;
  }
  static Value mkInt(BigInt i) { ValueRep r; r.i = std::move(i); return mk(Value::Int, std::move(r)); }
  static Value mkFloat(Rat f) {
    ValueRep r; r.re = std::move(f); return mk(Value::Float, std::move(r));
  }
  static Value mkComplex(Rat re, Rat im) {
    ValueRep r; r.re = std::move(re); r.im = std::move(im); return mk(Value::Complex, std::move(r));
  }
};

namespace {

Value mkInt(BigInt i) { return ValueOps::mkInt(std::move(i)); }
// Go's untyped floats are exact while small and 512-bit binary floats otherwise; long
// products of fractions would make rationals grow without bound, so round them to ~1024
// significant bits once their parts exceed 4096 bits.
Rat tame(Rat f) {
  if (f == 0) return f;
  BigInt n = mp::numerator(f), d = mp::denominator(f);
  if (mp::msb(mp::abs(n)) < 4096 && mp::msb(d) < 4096) return f;
  bool neg = n < 0;
  if (neg) n = -n;
  long shift = 1024 - (long(mp::msb(n)) - long(mp::msb(d)));
  BigInt q;
  if (shift >= 0) q = (n << shift) / d; else q = n / (d << -shift);
  Rat r(q);
  BigInt p = BigInt(1) << std::abs(shift);
  if (shift >= 0) r /= Rat(p); else r *= Rat(p);
  return neg ? -r : r;
}
Value mkFloat(Rat f) { return ValueOps::mkFloat(tame(std::move(f))); }
Value mkComplex(Rat re, Rat im) { return ValueOps::mkComplex(tame(std::move(re)), tame(std::move(im))); }

Rat asRat(const Value& v) {
  if (v.kind() == Value::Int) return Rat(v.rep()->i);
  return v.rep()->re;
}

bool isIntegral(const Rat& r) { return mp::denominator(r) == 1; }

// Correctly rounded conversion of a rational to a binary float with `mant` mantissa bits,
// min exponent `emin` (of the leading bit, normalised 1.x * 2^e) for subnormal handling.
// Returns +-inf on overflow beyond `emax`.
double roundRat(const Rat& r, int mant, int emin, int emax) {
  if (r == 0) return 0.0;
  bool neg = r < 0;
  BigInt n = mp::numerator(r), d = mp::denominator(r);
  if (neg) n = -n;
  // e = floor(log2(n/d)) estimate.
  long e = long(mp::msb(n)) - long(mp::msb(d));
  // Adjust so that 2^e <= n/d < 2^(e+1).
  auto cmpPow = [&](long ee) {  // compare n/d with 2^ee: n vs d*2^ee
    BigInt a = n, b = d;
    if (ee >= 0) b <<= ee; else a <<= -ee;
    return a < b ? -1 : (a == b ? 0 : 1);
  };
  if (cmpPow(e) < 0) e--;
  int bits = mant;
  if (e < emin) bits = mant - int(emin - e);  // subnormal: fewer bits
  if (bits < 0) return neg ? -0.0 : 0.0;
  // q = floor(n/d * 2^(bits-1-e)), with remainder for rounding.
  long sh = long(bits) - 1 - e;
  BigInt a = n, b = d;
  if (sh >= 0) a <<= sh; else b <<= -sh;
  BigInt q, rem;
  mp::divide_qr(a, b, q, rem);
  BigInt twice = rem * 2;
  if (twice > b || (twice == b && (q & 1) != 0)) q += 1;
  if (bits == 0 && q == 0) return neg ? -0.0 : 0.0;
  double m = q.convert_to<double>();  // exact: q < 2^(mant+1)
  double res = std::ldexp(m, int(-sh));
  if (e > emax || (std::isinf(res))) res = HUGE_VAL;
  else if (e == emax) {
    // q may have rounded up to 2^mant, i.e. 2^(emax+1): overflow.
    if (q >> mant != 0) res = HUGE_VAL;
  }
  return neg ? -res : res;
}

double toF64(const Rat& r) { return roundRat(r, 53, -1022, 1023); }
double toF32(const Rat& r) { return roundRat(r, 24, -126, 127); }

Rat ratFromDouble(double d) {
  int exp;
  double m = std::frexp(d, &exp);  // d = m * 2^exp, 0.5 <= |m| < 1
  int64_t im = int64_t(std::ldexp(m, 53));
  Rat r{BigInt(im)};
  exp -= 53;
  BigInt p = BigInt(1) << std::abs(exp);
  if (exp >= 0) r *= Rat(p); else r /= Rat(p);
  return r;
}

int digitVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

std::optional<BigInt> parseIntLit(std::string s) {
  std::string t;
  for (char c : s) if (c != '_') t += c;
  int base = 10;
  size_t i = 0;
  if (t.size() >= 2 && t[0] == '0') {
    char p = t[1] | 0x20;
    if (p == 'x') { base = 16; i = 2; }
    else if (p == 'o') { base = 8; i = 2; }
    else if (p == 'b') { base = 2; i = 2; }
    else { base = 8; i = 1; }
  }
  if (i >= t.size() && base != 8) return std::nullopt;
  BigInt v = 0;
  for (; i < t.size(); i++) {
    int dv = digitVal(t[i]);
    if (dv >= base) return std::nullopt;
    v = v * base + dv;
  }
  return v;
}

Rat pow10(long e) {
  BigInt p = mp::pow(BigInt(10), unsigned(std::abs(e)));
  return e >= 0 ? Rat(p) : Rat(BigInt(1), p);
}

std::optional<Rat> parseFloatLit(std::string s) {
  std::string t;
  for (char c : s) if (c != '_') t += c;
  bool hex = t.size() >= 2 && t[0] == '0' && (t[1] | 0x20) == 'x';
  size_t i = hex ? 2 : 0;
  BigInt mant = 0;
  long scale = 0;  // digits after the point
  bool seenDot = false, any = false;
  int base = hex ? 16 : 10;
  for (; i < t.size(); i++) {
    char c = t[i];
    if (c == '.') { if (seenDot) return std::nullopt; seenDot = true; continue; }
    int dv = digitVal(c);
    if (dv >= base) break;
    mant = mant * base + dv;
    any = true;
    if (seenDot) scale++;
  }
  if (!any) return std::nullopt;
  long exp = 0;
  if (i < t.size()) {
    char c = t[i] | 0x20;
    if ((hex && c != 'p') || (!hex && c != 'e')) return std::nullopt;
    i++;
    bool eneg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) { eneg = t[i] == '-'; i++; }
    if (i >= t.size()) return std::nullopt;
    for (; i < t.size(); i++) {
      if (t[i] < '0' || t[i] > '9') return std::nullopt;
      if (exp < 100000000) exp = exp * 10 + (t[i] - '0');
    }
    if (eneg) exp = -exp;
  }
  Rat r(mant);
  if (!hex && std::abs(exp - scale) > 20000) {
    // Far beyond float64: approximate 10^e by 2^(e*log2(10)) so that absurd exponents
    // (1e1000000) stay cheap; such values only ever overflow or truncate.
    long e2 = long(double(exp - scale) * 3.321928094887362);
    if (std::abs(e2) > 40000) e2 = e2 > 0 ? 40000 : -40000;
    BigInt p = BigInt(1) << std::abs(e2);
    if (e2 >= 0) r *= Rat(p); else r /= Rat(p);
    return r;
  }
  if (hex && std::abs(exp) > 40000) exp = exp > 0 ? 40000 : -40000;
  if (hex) {
    long e2 = exp - 4 * scale;
    BigInt p = BigInt(1) << std::abs(e2);
    if (e2 >= 0) r *= Rat(p); else r /= Rat(p);
  } else {
    r *= pow10(exp - scale);
  }
  return r;
}

// Go's %.6g for a double.
std::string fmtG(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

std::string quoteGo(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char b[8];
          std::snprintf(b, sizeof b, "\\x%02x", c);
          out += b;
        } else {
          out += char(c);
        }
    }
  }
  return out + "\"";
}

}  // namespace

Value Value::makeBool(bool b) { Value v; v.kind_ = Bool; v.b_ = b; return v; }
Value Value::makeString(std::string s) { Value v; v.kind_ = String; v.s_ = std::move(s); return v; }
Value Value::makeInt64(int64_t i) { return mkInt(BigInt(i)); }
Value Value::makeUint64(uint64_t i) { return mkInt(BigInt(i)); }
Value Value::makeFloat64(double d) {
  if (std::isinf(d) || std::isnan(d)) return Value();
  if (d == 0) return mkFloat(Rat(0));
  return mkFloat(ratFromDouble(d));
}

Value Value::fromLiteral(Tok kind, std::string_view text) {
  std::string t(text);
  switch (kind) {
    case Tok::Int: {
      auto v = parseIntLit(t);
      return v ? mkInt(*v) : Value();
    }
    case Tok::Float: {
      auto v = parseFloatLit(t);
      return v ? mkFloat(*v) : Value();
    }
    case Tok::Imag: {
      if (t.empty() || t.back() != 'i') return Value();
      t.pop_back();
      bool isInt = t.find_first_of(".eEpP") == std::string::npos ||
                   (t.size() > 1 && (t[1] | 0x20) == 'x' && t.find_first_of("pP") == std::string::npos);
      Rat im;
      if (isInt && !(t.size() > 1 && (t[1] | 0x20) == 'x')) {
        // Decimal for backward compatibility ("0123i" == 123i).
        std::string d;
        for (char c : t) if (c != '_') d += c;
        if (d.size() > 1 && (d[1] | 0x20) == 'o') { auto v = parseIntLit(d); if (!v) return Value(); im = Rat(*v); }
        else if (d.size() > 1 && (d[1] | 0x20) == 'b') { auto v = parseIntLit(d); if (!v) return Value(); im = Rat(*v); }
        else {
          BigInt v = 0;
          for (char c : d) { if (c < '0' || c > '9') return Value(); v = v * 10 + (c - '0'); }
          im = Rat(v);
        }
      } else if (isInt) {
        auto v = parseIntLit(t);
        if (!v) return Value();
        im = Rat(*v);
      } else {
        auto v = parseFloatLit(t);
        if (!v) return Value();
        im = *v;
      }
      return mkComplex(Rat(0), im);
    }
    default:
      return Value();
  }
}

bool Value::boolVal() const { return b_; }
const std::string& Value::stringVal() const { return s_; }

int64_t Value::int64Val(bool* exact) const {
  Value iv = toInt();
  if (!iv.known()) { if (exact) *exact = false; return 0; }
  const BigInt& i = iv.rep()->i;
  bool ok = i >= BigInt(INT64_MIN) && i <= BigInt(INT64_MAX);
  if (exact) *exact = ok;
  return ok ? i.convert_to<int64_t>() : 0;
}

uint64_t Value::uint64Val(bool* exact) const {
  Value iv = toInt();
  if (!iv.known()) { if (exact) *exact = false; return 0; }
  const BigInt& i = iv.rep()->i;
  bool ok = i >= 0 && i <= BigInt(UINT64_MAX);
  if (exact) *exact = ok;
  return ok ? i.convert_to<uint64_t>() : 0;
}

double Value::float64Val() const {
  switch (kind_) {
    case Int: return toF64(Rat(rep_->i));
    case Float: case Complex: return toF64(rep_->re);
    default: return 0;
  }
}
double Value::float32Val() const {
  switch (kind_) {
    case Int: return toF32(Rat(rep_->i));
    case Float: case Complex: return toF32(rep_->re);
    default: return 0;
  }
}

Value Value::real() const {
  if (kind_ == Int || kind_ == Float) return *this;
  if (kind_ == Complex) return mkFloat(rep_->re);
  return Value();
}
Value Value::imag() const {
  if (kind_ == Int) return mkInt(0);
  if (kind_ == Float) return mkFloat(Rat(0));
  if (kind_ == Complex) return mkFloat(rep_->im);
  return Value();
}

int Value::sign() const {
  switch (kind_) {
    case Int: return rep_->i.sign();
    case Float: return rep_->re.sign();
    case Complex: return (rep_->re == 0 && rep_->im == 0) ? 0 : 1;
    default: return 0;
  }
}

size_t Value::bitLen() const {
  if (kind_ != Int || rep_->i == 0) return 0;
  BigInt a = mp::abs(rep_->i);
  return mp::msb(a) + 1;
}

bool Value::tooLarge() const {
  auto big = [](const Rat& r) {
    if (r == 0) return false;
    long n = long(mp::msb(mp::abs(mp::numerator(r)))), d = long(mp::msb(mp::denominator(r)));
    return n - d > 16384 || d - n > 16384;
  };
  if (kind_ == Float) return big(rep_->re);
  if (kind_ == Complex) return big(rep_->re) || big(rep_->im);
  return false;
}

Value Value::toInt() const {
  switch (kind_) {
    case Int: return *this;
    case Float: return isIntegral(rep_->re) ? mkInt(mp::numerator(rep_->re)) : Value();
    case Complex:
      return rep_->im == 0 && isIntegral(rep_->re) ? mkInt(mp::numerator(rep_->re)) : Value();
    default: return Value();
  }
}
Value Value::toFloat() const {
  switch (kind_) {
    case Int: return mkFloat(Rat(rep_->i));
    case Float: return *this;
    case Complex: return rep_->im == 0 ? mkFloat(rep_->re) : Value();
    default: return Value();
  }
}
Value Value::toComplex() const {
  switch (kind_) {
    case Int: return mkComplex(Rat(rep_->i), Rat(0));
    case Float: return mkComplex(rep_->re, Rat(0));
    case Complex: return *this;
    default: return Value();
  }
}

Value Value::makeComplex(const Value& re, const Value& im) {
  if (!re.known() || !im.known()) return Value();
  return mkComplex(asRat(re.toFloat()), asRat(im.toFloat()));
}

Value Value::binaryOp(const Value& x, Tok op, const Value& y, bool intDiv, bool* divByZero) {
  if (!x.known() || !y.known()) return Value();
  if (x.kind_ == Bool && y.kind_ == Bool) {
    if (op == Tok::LAnd) return makeBool(x.b_ && y.b_);
    if (op == Tok::LOr) return makeBool(x.b_ || y.b_);
    return Value();
  }
  if (x.kind_ == String && y.kind_ == String) {
    if (op == Tok::Add) return makeString(x.s_ + y.s_);
    return Value();
  }
  if (x.kind_ < Int || y.kind_ < Int) return Value();
  Kind k = std::max(x.kind_, y.kind_);
  if (k == Int) {
    const BigInt& a = x.rep_->i;
    const BigInt& b = y.rep_->i;
    switch (op) {
      case Tok::Add: return mkInt(a + b);
      case Tok::Sub: return mkInt(a - b);
      case Tok::Mul: return mkInt(a * b);
      case Tok::Quo:
        if (b == 0) { if (divByZero) *divByZero = true; return Value(); }
        if (intDiv) return mkInt(a / b);  // cpp_int truncates toward zero, as Go
        return mkFloat(Rat(a, b));
      case Tok::Rem:
        if (b == 0) { if (divByZero) *divByZero = true; return Value(); }
        return mkInt(a % b);
      case Tok::And: return mkInt(a & b);
      case Tok::Or: return mkInt(a | b);
      case Tok::Xor: return mkInt(a ^ b);
      case Tok::AndNot: return mkInt(a & ~b);
      default: return Value();
    }
  }
  if (k == Float) {
    Rat a = asRat(x), b = asRat(y);
    switch (op) {
      case Tok::Add: return mkFloat(a + b);
      case Tok::Sub: return mkFloat(a - b);
      case Tok::Mul: return mkFloat(a * b);
      case Tok::Quo:
        if (b == 0) { if (divByZero) *divByZero = true; return Value(); }
        return mkFloat(a / b);
      default: return Value();
    }
  }
  Value cx = x.toComplex(), cy = y.toComplex();
  const Rat &a = cx.rep_->re, &b = cx.rep_->im, &c = cy.rep_->re, &d = cy.rep_->im;
  switch (op) {
    case Tok::Add: return mkComplex(a + c, b + d);
    case Tok::Sub: return mkComplex(a - c, b - d);
    case Tok::Mul: return mkComplex(a * c - b * d, b * c + a * d);
    case Tok::Quo: {
      Rat s = c * c + d * d;
      if (s == 0) { if (divByZero) *divByZero = true; return Value(); }
      return mkComplex((a * c + b * d) / s, (b * c - a * d) / s);
    }
    default: return Value();
  }
}

Value Value::unaryOp(Tok op, const Value& x, unsigned prec) {
  if (!x.known()) return Value();
  switch (op) {
    case Tok::Add:
      return x.kind_ >= Int ? x : Value();
    case Tok::Sub:
      if (x.kind_ == Int) return mkInt(-x.rep_->i);
      if (x.kind_ == Float) return mkFloat(-x.rep_->re);
      if (x.kind_ == Complex) return mkComplex(-x.rep_->re, -x.rep_->im);
      return Value();
    case Tok::Xor:
      if (x.kind_ != Int) return Value();
      if (prec > 0) {
        BigInt mask = (BigInt(1) << prec) - 1;
        return mkInt(x.rep_->i ^ mask);
      }
      return mkInt(-x.rep_->i - 1);
    case Tok::Not:
      return x.kind_ == Bool ? makeBool(!x.b_) : Value();
    default:
      return Value();
  }
}

Value Value::shift(const Value& x, Tok op, uint64_t s) {
  Value xi = x.toInt();
  if (!xi.known()) return Value();
  const BigInt& a = xi.rep_->i;
  if (op == Tok::Shl) {
    if (s > 100000) return Value();
    return mkInt(a << unsigned(s));
  }
  if (op == Tok::Shr) {
    if (s > 100000) return mkInt(a < 0 ? BigInt(-1) : BigInt(0));
    if (a >= 0) return mkInt(a >> unsigned(s));
    BigInt na = -a - 1;
    return mkInt(-(na >> unsigned(s)) - 1);
  }
  return Value();
}

bool Value::compare(const Value& x, Tok op, const Value& y) {
  if (!x.known() || !y.known()) return false;
  int c = 0;
  if (x.kind_ == Bool && y.kind_ == Bool) {
    c = x.b_ == y.b_ ? 0 : 1;
  } else if (x.kind_ == String && y.kind_ == String) {
    c = x.s_ < y.s_ ? -1 : (x.s_ == y.s_ ? 0 : 1);
  } else if (x.kind_ >= Int && y.kind_ >= Int) {
    if (x.kind_ == Complex || y.kind_ == Complex) {
      Value a = x.toComplex(), b = y.toComplex();
      c = (a.rep_->re == b.rep_->re && a.rep_->im == b.rep_->im) ? 0 : 1;
    } else if (x.kind_ == Int && y.kind_ == Int) {
      c = x.rep_->i.compare(y.rep_->i);
      c = c < 0 ? -1 : (c > 0 ? 1 : 0);
    } else {
      Rat a = asRat(x), b = asRat(y);
      c = a < b ? -1 : (a == b ? 0 : 1);
    }
  } else {
    return false;
  }
  switch (op) {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
  }
}

std::string Value::toString() const {
  switch (kind_) {
    case Unknown: return "unknown";
    case Bool: return b_ ? "true" : "false";
    case String: {
      std::string q = quoteGo(s_);
      if (q.size() > 72) q = q.substr(0, 69) + "...";  // go/constant shortens long strings
      return q;
    }
    case Int: return rep_->i.str();
    case Float: {
      if (isIntegral(rep_->re) && mp::abs(mp::numerator(rep_->re)) < BigInt(1000000))
        return mp::numerator(rep_->re).str();
      double d = toF64(rep_->re);
      if (!std::isinf(d) && (d != 0 || rep_->re == 0) && std::fabs(d) >= 1e-300) return fmtG(d);
      // Beyond float64: 6 significant digits computed exactly, as %.6g would print them.
      Rat a = rep_->re < 0 ? Rat(-rep_->re) : rep_->re;
      long e10 = long(double(long(mp::msb(mp::numerator(a))) - long(mp::msb(mp::denominator(a)))) * 0.30102999566398120);
      auto scaled = [&](long e) {  // round(a * 10^(5-e))
        Rat t = a * pow10(5 - e);
        BigInt q = mp::numerator(t) / mp::denominator(t);
        Rat frac = t - Rat(q);
        if (frac * 2 >= 1) q += 1;
        return q;
      };
      BigInt q = scaled(e10);
      while (q >= BigInt(1000000)) q = scaled(++e10);
      while (q < BigInt(100000)) q = scaled(--e10);
      std::string digits = q.str();
      while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
      std::string m = digits.substr(0, 1);
      if (digits.size() > 1) m += "." + digits.substr(1);
      char eb[32];
      std::snprintf(eb, sizeof eb, "e%c%02ld", e10 < 0 ? '-' : '+', std::labs(e10));
      return (rep_->re < 0 ? "-" : "") + m + eb;
    }
    case Complex:
      return "(" + mkFloat(rep_->re).toString() + " + " + mkFloat(rep_->im).toString() + "i)";
  }
  return "";
}

std::string Value::exactString() const {
  switch (kind_) {
    case Float: return rep_->re.str();
    case Complex: return "(" + rep_->re.str() + " + " + rep_->im.str() + "i)";
    default: return toString();
  }
}

bool representableAs(const Value& x, RepKind k, Value* rounded) {
  if (rounded) *rounded = x;
  if (!x.known()) return false;
  auto intIn = [&](const BigInt& lo, const BigInt& hi) -> bool {
    Value iv = x.toInt();
    if (!iv.known()) return false;
    if (iv.rep()->i < lo || iv.rep()->i > hi) return false;
    if (rounded) *rounded = iv;
    return true;
  };
  auto sgn = [](int bits) { return std::pair(-(BigInt(1) << (bits - 1)), (BigInt(1) << (bits - 1)) - 1); };
  auto uns = [](int bits) { return (BigInt(1) << bits) - 1; };
  switch (k) {
    case RepKind::Bool: return x.kind() == Value::Bool;
    case RepKind::String: return x.kind() == Value::String;
    case RepKind::Int8: { auto [l, h] = sgn(8); return intIn(l, h); }
    case RepKind::Int16: { auto [l, h] = sgn(16); return intIn(l, h); }
    case RepKind::Int32: { auto [l, h] = sgn(32); return intIn(l, h); }
    case RepKind::Int64: { auto [l, h] = sgn(64); return intIn(l, h); }
    case RepKind::Uint8: return intIn(0, uns(8));
    case RepKind::Uint16: return intIn(0, uns(16));
    case RepKind::Uint32: return intIn(0, uns(32));
    case RepKind::Uint64: return intIn(0, uns(64));
    case RepKind::UntypedInt: {
      Value iv = x.toInt();
      if (!iv.known()) return false;
      if (rounded) *rounded = iv;
      return true;
    }
    case RepKind::UntypedFloat: {
      Value f = x.toFloat();
      if (!f.known()) return false;
      if (rounded) *rounded = f;
      return true;
    }
    case RepKind::UntypedComplex: {
      if (x.kind() < Value::Int) return false;
      if (rounded) *rounded = x.toComplex();
      return true;
    }
    case RepKind::Float32:
    case RepKind::Float64: {
      Value f = x.toFloat();
      if (!f.known()) return false;
      double d = k == RepKind::Float32 ? f.float32Val() : f.float64Val();
      if (std::isinf(d)) return false;
      if (rounded) *rounded = Value::makeFloat64(d);
      return true;
    }
    case RepKind::Complex64:
    case RepKind::Complex128: {
      if (x.kind() < Value::Int) return false;
      Value c = x.toComplex();
      Value re = c.real(), im = c.imag();
      double r = k == RepKind::Complex64 ? re.float32Val() : re.float64Val();
      double i = k == RepKind::Complex64 ? im.float32Val() : im.float64Val();
      if (std::isinf(r) || std::isinf(i)) return false;
      if (rounded) *rounded = Value::makeComplex(Value::makeFloat64(r), Value::makeFloat64(i));
      return true;
    }
  }
  return false;
}

}  // namespace mgo::fe
