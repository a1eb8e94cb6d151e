// math.cc — package math's functions. Where Go computes the exact result (Sqrt, Floor,
// Ceil, Trunc, Mod, Abs, Copysign, Frexp, Modf, FMA) libm is exact too (Round, Ldexp,
// Nextafter follow Go's bit-level code: NaN payloads, signed zeros, int wrap-around);
// where Go uses its own approximations (Exp, Log, trig, hyperbolic, Cbrt, Hypot, Pow) the
// same algorithms run here (math_go.cc), so results equal Go's bit for bit
// (stdlib_math_test.cc); Gamma is Go's gamma.go written out here, Erf/Erfc/Expm1 in
// math_go_erf.cc.
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/rt.h"
#include "stdlib/math_go.h"
#include "stdlib/symbols.h"

namespace {

using mgo::std::gomath::kGoNaN;

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

// Go's math.Gamma (gamma.go, from Cephes): Stirling's formula above 33, the reflection
// formula for large negative x, otherwise reduction to [2,3) and a rational
// approximation. Written out with Go's operation order and Go's own Exp/Pow/Sin so the
// result is Go's bit for bit (libm's tgamma differs in the last place).
constexpr double kGamP[] = {1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
                            4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
                            9.99999999999999996796e-01};
constexpr double kGamQ[] = {-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
                            1.18139785222060435552e-02,  3.58236398605498653373e-02, -2.34591795718243348568e-01,
                            7.14304917030273074085e-02,  1.00000000000000000320e+00};
constexpr double kGamS[] = {7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
                            3.47222221605458667310e-03, 8.33333333333482257126e-02};

// Stirling's formula as a pair whose product is Gamma(x) (kept apart so that the
// reflection formula can avoid overflow for 172 <= x <= 180).
void go_stirling(double x, double* y1_out, double* y2_out) {
  if (x > 200) {
    *y1_out = INFINITY;
    *y2_out = 1;
    return;
  }
  const double kSqrtTwoPi = 2.506628274631000502417;
  const double kMaxStirling = 143.01608;
  double w = 1 / x;
  w = 1 + w * ((((kGamS[0] * w + kGamS[1]) * w + kGamS[2]) * w + kGamS[3]) * w + kGamS[4]);
  double y1 = mgo::std::gomath::exp(x);
  double y2 = 1.0;
  if (x > kMaxStirling) {  // Pow would overflow
    double v = go_pow(x, 0.5 * x - 0.25);
    y2 = v / y1;
    y1 = v;
  } else {
    y1 = go_pow(x, x - 0.5) / y1;
  }
  *y1_out = y1;
  *y2_out = kSqrtTwoPi * w * y2;
}

double go_gamma(double x) {
  const double kEuler = 0.57721566490153286060651209008240243104215933593992;
  const double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;
  bool neg_int = x < 0 && ::std::trunc(x) == x;
  if (neg_int || (::std::isinf(x) && x < 0) || ::std::isnan(x)) return kGoNaN;
  if (::std::isinf(x)) return INFINITY;
  if (x == 0) return ::std::signbit(x) ? -INFINITY : INFINITY;
  double q = ::std::fabs(x);
  double p = ::std::floor(q);
  if (q > 33) {
    double y1, y2;
    if (x >= 0) {
      go_stirling(x, &y1, &y2);
      return y1 * y2;
    }
    int signgam = (static_cast<int64_t>(p) & 1) == 0 ? -1 : 1;
    double z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * mgo::std::gomath::sin(kPi * z);
    if (z == 0) return signgam < 0 ? -INFINITY : INFINITY;
    go_stirling(q, &y1, &y2);
    double absz = ::std::fabs(z);
    double d = absz * y1 * y2;
    if (::std::isinf(d)) z = kPi / absz / y1 / y2;
    else z = kPi / d;
    return signgam * z;
  }
  double z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  bool small = false;
  while (x < 0) {
    if (x > -1e-09) { small = true; break; }
    z = z / x;
    x = x + 1;
  }
  while (!small && x < 2) {
    if (x < 1e-09) { small = true; break; }
    z = z / x;
    x = x + 1;
  }
  if (small) {
    if (x == 0) return INFINITY;
    return z / ((1 + kEuler * x) * x);
  }
  if (x == 2) return z;
  x = x - 2;
  p = (((((x * kGamP[0] + kGamP[1]) * x + kGamP[2]) * x + kGamP[3]) * x + kGamP[4]) * x + kGamP[5]) * x + kGamP[6];
  q = ((((((x * kGamQ[0] + kGamQ[1]) * x + kGamQ[2]) * x + kGamQ[3]) * x + kGamQ[4]) * x + kGamQ[5]) * x + kGamQ[6]) * x +
      kGamQ[7];
  return z * p / q;
}


constexpr uint64_t kSignMask = uint64_t{1} << 63;
constexpr uint64_t kFracMask = (uint64_t{1} << 52) - 1;

// Go's Round: half away from zero on the bits; NaN and Inf (even a signalling NaN) are
// returned unchanged, where libm's round would quiet the NaN.
double go_round(double x) {
  uint64_t bits = mgo::std::gomath::float64bits(x);
  uint64_t e = (bits >> 52) & 0x7FF;
  if (e < 1023) {
    bits &= kSignMask;  // |x| < 1: ±0, or ±1 when |x| >= 0.5
    if (e == 1022) bits |= mgo::std::gomath::float64bits(1.0);
  } else if (e < 1023 + 52) {
    e -= 1023;
    bits += (uint64_t{1} << 51) >> e;
    bits &= ~(kFracMask >> e);
  }
  return mgo::std::gomath::float64frombits(bits);
}

// Go's Ldexp: the exponent is added in wrapping int arithmetic (Ldexp(0.5, MinInt64) is
// +Inf in Go), then the result is rounded once by a multiplication when subnormal.
double go_ldexp(double frac, int64_t exp) {
  if (frac == 0 || ::std::isinf(frac) || ::std::isnan(frac)) return frac;
  auto add = [](int64_t a, int64_t b) {
    return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
  };
  if (::std::fabs(frac) < 0x1p-1022) {  // normalise a subnormal
    frac *= 0x1p52;
    exp = add(exp, -52);
  }
  uint64_t x = mgo::std::gomath::float64bits(frac);
  exp = add(exp, static_cast<int64_t>((x >> 52) & 0x7FF) - 1023);
  if (exp < -1075) return ::std::copysign(0.0, frac);
  if (exp > 1023) return frac < 0 ? -INFINITY : INFINITY;
  double m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 0x1p-53;
  }
  x &= ~(uint64_t{0x7FF} << 52);
  x |= static_cast<uint64_t>(exp + 1023) << 52;
  return m * mgo::std::gomath::float64frombits(x);
}

// Go's Nextafter: x itself when x == y (so Nextafter(0, -0) is +0), Go's NaN for NaNs.
double go_nextafter(double x, double y) {
  if (::std::isnan(x) || ::std::isnan(y)) return kGoNaN;
  if (x == y) return x;
  if (x == 0) return ::std::copysign(mgo::std::gomath::float64frombits(1), y);
  if ((y > x) == (x > 0)) return mgo::std::gomath::float64frombits(mgo::std::gomath::float64bits(x) + 1);
  return mgo::std::gomath::float64frombits(mgo::std::gomath::float64bits(x) - 1);
}

float go_nextafter32(float x, float y) {
  if (::std::isnan(x) || ::std::isnan(y)) return static_cast<float>(kGoNaN);
  if (x == y) return x;
  uint32_t b;
  memcpy(&b, &x, 4);
  if (x == 0) {
    uint32_t one = 1;
    float tiny;
    memcpy(&tiny, &one, 4);
    return ::std::copysign(tiny, y);
  }
  b = ((y > x) == (x > 0)) ? b + 1 : b - 1;
  float r;
  memcpy(&r, &b, 4);
  return r;
}

// Go's ilogb: the binary exponent of a finite non-zero x (subnormals normalised).
int64_t go_ilogb(double x) {
  int64_t exp = 0;
  if (::std::fabs(x) < 0x1p-1022) {
    x *= 0x1p52;
    exp = -52;
  }
  return static_cast<int64_t>((mgo::std::gomath::float64bits(x) >> 52) & 0x7FF) - 1023 + exp;
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
MGO_MATH1(Round, go_round(x))
MGO_MATH1(RoundToEven, ::std::nearbyint(x))
MGO_MATH1(Exp, mgo::std::gomath::exp(x))
MGO_MATH1(Exp2, mgo::std::gomath::exp2(x))
MGO_MATH1(Expm1, mgo::std::gomath::expm1(x))
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
MGO_MATH1(Gamma, go_gamma(x))
MGO_MATH1(Erf, mgo::std::gomath::erf(x))
MGO_MATH1(Erfc, mgo::std::gomath::erfc(x))
MGO_MATH1(Erfinv, mgo::std::gomath::erfinv(x))
MGO_MATH1(Erfcinv, mgo::std::gomath::erfinv(1 - x))
MGO_MATH1(J0, mgo::std::gomath::j0(x))
MGO_MATH1(J1, mgo::std::gomath::j1(x))
MGO_MATH1(Y0, mgo::std::gomath::y0(x))
MGO_MATH1(Y1, mgo::std::gomath::y1(x))
double mgo_math_Jn(G* g, int64_t n, double x) { return mgo::std::gomath::jn(n, x); }
double mgo_math_Yn(G* g, int64_t n, double x) { return mgo::std::gomath::yn(n, x); }
MGO_MATH2(Pow, go_pow(x, y))
MGO_MATH2(Mod, ::std::fmod(x, y))
MGO_MATH2(Remainder, ::std::remainder(x, y))
MGO_MATH2(Atan2, mgo::std::gomath::atan2(x, y))
MGO_MATH2(Hypot, mgo::std::gomath::hypot(x, y))
MGO_MATH2(Max, go_max(x, y))
MGO_MATH2(Min, go_min(x, y))
MGO_MATH2(Dim, (x - y <= 0 ? 0 : x - y))
MGO_MATH2(Copysign, ::std::copysign(x, y))
MGO_MATH2(Nextafter, go_nextafter(x, y))

float mgo_math_Nextafter32(G* g, float x, float y) { return go_nextafter32(x, y); }

double mgo_math_Logb(G* g, double x) {
  if (x == 0) return -INFINITY;
  if (::std::isinf(x)) return INFINITY;
  if (::std::isnan(x)) return x;
  return static_cast<double>(go_ilogb(x));
}

int64_t mgo_math_Ilogb(G* g, double x) {
  if (x == 0) return INT32_MIN;
  if (::std::isnan(x) || ::std::isinf(x)) return INT32_MAX;
  return go_ilogb(x);
}

struct LgammaOut { double lgamma; int64_t sign; };
void mgo_math_Lgamma(G* g, LgammaOut* out, double x) { out->lgamma = mgo::std::gomath::lgamma(x, &out->sign); }

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

double mgo_math_Ldexp(G* g, double frac, int64_t exp) { return go_ldexp(frac, exp); }

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
      MGO_SYM(mgo_math_Modf),     MGO_SYM(mgo_math_FMA),         MGO_SYM(mgo_math_Nextafter32),
      MGO_SYM(mgo_math_Logb),     MGO_SYM(mgo_math_Ilogb),       MGO_SYM(mgo_math_Lgamma),
      MGO_SYM(mgo_math_Erfinv),   MGO_SYM(mgo_math_Erfcinv),
      MGO_SYM(mgo_math_J0),       MGO_SYM(mgo_math_J1),          MGO_SYM(mgo_math_Jn),
      MGO_SYM(mgo_math_Y0),       MGO_SYM(mgo_math_Y1),          MGO_SYM(mgo_math_Yn),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
