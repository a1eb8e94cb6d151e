// math.cc — package math's functions. Where Go computes the exact result (Sqrt, Floor,
// Ceil, Trunc, Mod, Abs, Copysign, Ldexp, Frexp, Modf, Nextafter, FMA) libm is exact too;
// where Go uses its own approximations (Exp, Log, trig, hyperbolic, Cbrt, Hypot, Pow) the
// same algorithms run here (math_go.cc), so results equal Go's bit for bit
// (stdlib_math_test.cc). Still libm, and possibly an ulp off Go: Expm1, Gamma, Erf, Erfc.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/rt.h"
#include "stdlib/math_go.h"
#include "stdlib/symbols.h"

namespace {

struct FracExp { double frac; int64_t exp; };
struct IntFrac { double i; double frac; };

// Go's math.Pow (pow.go): special cases, then the integer part of y by repeated
// squaring on a frexp-normalised x and the fractional part through Exp(yf*Log(x)).
double go_pow(double x, double y) {
  using ::std::isinf;
  using ::std::isnan;
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (isnan(x) || isnan(y)) return NAN;
  if (x == 0) {
    bool odd_y = false;
    if (::std::fabs(y) < 9007199254740992.0) {
      double yi;
      odd_y = ::std::modf(y, &yi) == 0 && (static_cast<int64_t>(yi) & 1) == 1;
    }
    if (y < 0) return odd_y ? ::std::copysign(INFINITY, x) : INFINITY;
    return odd_y ? x : 0;
  }
  if (isinf(y)) {
    if (x == -1) return 1;
    if ((::std::fabs(x) < 1) == (y > 0)) return 0;
    return INFINITY;
  }
  if (isinf(x)) {
    if (x < 0) return go_pow(1 / x, -y);  // Pow(-0, -y)
    return y < 0 ? 0 : INFINITY;
  }
  if (y == 0.5) return ::std::sqrt(x);
  if (y == -0.5) return 1 / ::std::sqrt(x);

  double yi, yf;
  yf = ::std::modf(::std::fabs(y), &yi);
  if (yf != 0 && x < 0) return NAN;
  if (yi >= static_cast<double>(uint64_t{1} << 63)) {
    // yi is a large even int: the result is 0, 1 or infinite.
    if (x == -1) return 1;
    if ((::std::fabs(x) < 1) == (y > 0)) return 0;
    return INFINITY;
  }
  // ans = a1 * 2**ae (= 1 for now).
  double a1 = 1.0;
  int64_t ae = 0;
  // ans *= x**yf
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = mgo::std::gomath::exp(yf * mgo::std::gomath::log(x));
  }
  // ans *= x**yi by repeated squaring, tracking the exponent separately.
  int xe;
  double x1 = ::std::frexp(x, &xe);
  for (int64_t i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      // catastrophic overflow; the result is certainly 0 or Inf
      ae += xe;
      break;
    }
    if (i & 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  // ans = a1 * 2**ae; if y < 0 { ans = 1 / ans } but careful with overflow.
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  if (ae > 100000) ae = 100000;
  if (ae < -100000) ae = -100000;
  return ::std::ldexp(a1, static_cast<int>(ae));  // ldexp rounds once, as Go's Ldexp
}

double go_max(double x, double y) {
  if (::std::isinf(x) && x > 0) return x;
  if (::std::isinf(y) && y > 0) return y;
  if (::std::isnan(x) || ::std::isnan(y)) return NAN;
  if (x == 0 && x == y) return ::std::signbit(x) ? y : x;
  return x > y ? x : y;
}

double go_min(double x, double y) {
  if (::std::isinf(x) && x < 0) return x;
  if (::std::isinf(y) && y < 0) return y;
  if (::std::isnan(x) || ::std::isnan(y)) return NAN;
  if (x == 0 && x == y) return ::std::signbit(x) ? x : y;
  return x < y ? x : y;
}

}  // namespace

extern "C" {

#define MGO_MATH1(Name, expr) \
  double mgo_math_##Name(G* g, double x) { return expr; }
#define MGO_MATH2(Name, expr) \
  double mgo_math_##Name(G* g, double x, double y) { return expr; }

MGO_MATH1(Sqrt, ::std::sqrt(x))
MGO_MATH1(Abs, ::std::fabs(x))
MGO_MATH1(Floor, ::std::floor(x))
MGO_MATH1(Ceil, ::std::ceil(x))
MGO_MATH1(Trunc, ::std::trunc(x))
MGO_MATH1(Round, ::std::round(x))
MGO_MATH1(RoundToEven, ::std::nearbyint(x))
MGO_MATH1(Exp, mgo::std::gomath::exp(x))
MGO_MATH1(Exp2, mgo::std::gomath::exp2(x))
MGO_MATH1(Expm1, ::std::expm1(x))
MGO_MATH1(Log, mgo::std::gomath::log(x))
MGO_MATH1(Log2, mgo::std::gomath::log2(x))
MGO_MATH1(Log10, mgo::std::gomath::log10(x))
MGO_MATH1(Log1p, mgo::std::gomath::log1p(x))
MGO_MATH1(Sin, mgo::std::gomath::sin(x))
MGO_MATH1(Cos, mgo::std::gomath::cos(x))
MGO_MATH1(Tan, mgo::std::gomath::tan(x))
MGO_MATH1(Asin, mgo::std::gomath::asin(x))
MGO_MATH1(Acos, mgo::std::gomath::acos(x))
MGO_MATH1(Atan, mgo::std::gomath::atan(x))
MGO_MATH1(Sinh, mgo::std::gomath::sinh(x))
MGO_MATH1(Cosh, mgo::std::gomath::cosh(x))
MGO_MATH1(Tanh, mgo::std::gomath::tanh(x))
MGO_MATH1(Asinh, mgo::std::gomath::asinh(x))
MGO_MATH1(Acosh, mgo::std::gomath::acosh(x))
MGO_MATH1(Atanh, mgo::std::gomath::atanh(x))
MGO_MATH1(Cbrt, mgo::std::gomath::cbrt(x))
MGO_MATH1(Gamma, ::std::tgamma(x))
MGO_MATH1(Erf, ::std::erf(x))
MGO_MATH1(Erfc, ::std::erfc(x))
MGO_MATH2(Pow, go_pow(x, y))
MGO_MATH2(Mod, ::std::fmod(x, y))
MGO_MATH2(Remainder, ::std::remainder(x, y))
MGO_MATH2(Atan2, mgo::std::gomath::atan2(x, y))
MGO_MATH2(Hypot, mgo::std::gomath::hypot(x, y))
MGO_MATH2(Max, go_max(x, y))
MGO_MATH2(Min, go_min(x, y))
MGO_MATH2(Dim, (x - y <= 0 ? 0 : x - y))
MGO_MATH2(Copysign, ::std::copysign(x, y))
MGO_MATH2(Nextafter, ::std::nextafter(x, y))

double mgo_math_Pow10(G* g, int64_t n) {
  if (n < -323) return 0;
  if (n > 308) return INFINITY;
  // Go multiplies exact powers of ten from tables; strtod of "1eN" is the same
  // correctly rounded value.
  char buf[16];
  snprintf(buf, sizeof buf, "1e%d", static_cast<int>(n));
  return strtod(buf, nullptr);
}

bool mgo_math_Signbit(G* g, double x) { return ::std::signbit(x); }

uint64_t mgo_math_Float64bits(G* g, double f) {
  uint64_t b;
  memcpy(&b, &f, 8);
  return b;
}
double mgo_math_Float64frombits(G* g, uint64_t b) {
  double f;
  memcpy(&f, &b, 8);
  return f;
}
uint32_t mgo_math_Float32bits(G* g, float f) {
  uint32_t b;
  memcpy(&b, &f, 4);
  return b;
}
float mgo_math_Float32frombits(G* g, uint32_t b) {
  float f;
  memcpy(&f, &b, 4);
  return f;
}

double mgo_math_Ldexp(G* g, double frac, int64_t exp) {
  if (exp > 100000) exp = 100000;
  if (exp < -100000) exp = -100000;
  return ::std::ldexp(frac, static_cast<int>(exp));
}

void mgo_math_Frexp(G* g, FracExp* out, double f) {
  int e = 0;
  out->frac = ::std::frexp(f, &e);
  if (::std::isinf(f) || ::std::isnan(f)) e = 0;
  out->exp = e;
}

void mgo_math_Modf(G* g, IntFrac* out, double f) {
  double ip;
  double frac = ::std::modf(f, &ip);
  // Go: Modf(±Inf) = ±Inf, NaN
  if (::std::isinf(f)) frac = NAN;
  out->i = ip;
  out->frac = frac;
}

double mgo_math_FMA(G* g, double x, double y, double z) { return ::std::fma(x, y, z); }

}  // extern "C"

namespace mgo::std {

const ExternSymbol* math_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_math_Sqrt),     MGO_SYM(mgo_math_Abs),         MGO_SYM(mgo_math_Floor),
      MGO_SYM(mgo_math_Ceil),     MGO_SYM(mgo_math_Trunc),       MGO_SYM(mgo_math_Round),
      MGO_SYM(mgo_math_RoundToEven), MGO_SYM(mgo_math_Exp),      MGO_SYM(mgo_math_Exp2),
      MGO_SYM(mgo_math_Expm1),    MGO_SYM(mgo_math_Log),         MGO_SYM(mgo_math_Log2),
      MGO_SYM(mgo_math_Log10),    MGO_SYM(mgo_math_Log1p),       MGO_SYM(mgo_math_Sin),
      MGO_SYM(mgo_math_Cos),      MGO_SYM(mgo_math_Tan),         MGO_SYM(mgo_math_Asin),
      MGO_SYM(mgo_math_Acos),     MGO_SYM(mgo_math_Atan),        MGO_SYM(mgo_math_Sinh),
      MGO_SYM(mgo_math_Cosh),     MGO_SYM(mgo_math_Tanh),        MGO_SYM(mgo_math_Asinh),
      MGO_SYM(mgo_math_Acosh),    MGO_SYM(mgo_math_Atanh),       MGO_SYM(mgo_math_Cbrt),
      MGO_SYM(mgo_math_Gamma),    MGO_SYM(mgo_math_Erf),         MGO_SYM(mgo_math_Erfc),
      MGO_SYM(mgo_math_Pow),      MGO_SYM(mgo_math_Mod),         MGO_SYM(mgo_math_Remainder),
      MGO_SYM(mgo_math_Atan2),    MGO_SYM(mgo_math_Hypot),       MGO_SYM(mgo_math_Max),
      MGO_SYM(mgo_math_Min),      MGO_SYM(mgo_math_Dim),         MGO_SYM(mgo_math_Copysign),
      MGO_SYM(mgo_math_Nextafter), MGO_SYM(mgo_math_Pow10),      MGO_SYM(mgo_math_Signbit),
      MGO_SYM(mgo_math_Float64bits), MGO_SYM(mgo_math_Float64frombits), MGO_SYM(mgo_math_Float32bits),
      MGO_SYM(mgo_math_Float32frombits), MGO_SYM(mgo_math_Ldexp), MGO_SYM(mgo_math_Frexp),
      MGO_SYM(mgo_math_Modf),     MGO_SYM(mgo_math_FMA),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
