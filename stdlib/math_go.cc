// math_go.cc — Go 1.19's float algorithms (amd64), re-expressed in C++ so mgo prints the
// same digits as Go: exp and log follow the assembly of exp_amd64.s/log_amd64.s (Exp
// takes the fused-multiply-add path when the CPU has AVX and FMA, as Go decides at
// start-up), hypot follows hypot_amd64.s, and the rest the portable Go code (Cephes
// polynomials, Payne-Hanek reduction past 2^29).
//
// Invariants: operations happen in the order Go's code performs them and are never
// contracted into fused multiply-adds (fp-contract off below); constants that Go folds
// exactly at compile time are written as their exact float64 bits.
#include "stdlib/math_go.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

namespace mgo::std::gomath {
namespace {


const double kPi = float64frombits(0x400921fb54442d18);
const double kPi2 = float64frombits(0x3ff921fb54442d18);      // Pi/2
const double kPi4 = float64frombits(0x3fe921fb54442d18);      // Pi/4
const double k3Pi4 = float64frombits(0x4002d97c7f3321d2);     // 3*Pi/4
const double k4OverPi = float64frombits(0x3ff45f306dc9c883);  // 4/Pi
const double kInvLn10 = float64frombits(0x3fdbcb7b1526e50e);  // 1/Ln10
const double kInvLn2 = float64frombits(0x3ff71547652b82fe);   // 1/Ln2
const double kInf = float64frombits(0x7FF0000000000000);

bool use_fma() {
  static const bool v = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return v;
}

// ---- exp (exp_amd64.s) ----
constexpr double kLog2e = 1.4426950408889634073599246810018920;
constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
constexpr double kExpOverflow = 7.09782712893384e+02;
constexpr double kE[9] = {0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
                          8.3333333333333333333e-3, 1.3888888888888888889e-3, 1.9841269841269841270e-4,
                          2.4801587301587301587e-5};

}  // namespace

double exp(double x) {
  uint64_t bx = float64bits(x);
  if ((bx & ~(uint64_t{1} << 63)) >= 0x7FF0000000000000) {
    if (bx == 0xFFF0000000000000) return 0;  // -Inf
    return x;                                // NaN or +Inf
  }
  if (x > kExpOverflow) return kInf;
  double t = kLog2e * x;
  int32_t k = static_cast<int32_t>(::std::nearbyint(t));  // CVTSD2SL: round to nearest even
  if (!(t > -2147483648.0 && t < 2147483647.0)) k = INT32_MIN;  // "integer indefinite"
  double kf = k;
  double r;
  if (use_fma()) {
    r = ::std::fma(-kf, kLn2U, x);
    r = ::std::fma(-kf, kLn2L, r);
    r *= 0.0625;
    double p = kE[8];
    p = ::std::fma(r, p, kE[7]);
    p = ::std::fma(r, p, kE[6]);
    p = ::std::fma(r, p, kE[5]);
    p = ::std::fma(r, p, kE[4]);
    p = ::std::fma(r, p, kE[3]);
    p = ::std::fma(r, p, kE[0]);
    p = ::std::fma(r, p, kE[1]);
    r = r * p;
    for (int i = 0; i < 3; i++) {
      double s = r + kE[2];
      r = r * s;
    }
    double s = r + kE[2];
    r = ::std::fma(s, r, kE[1]);
  } else {
    double a = kLn2U * kf;
    r = x - a;
    a = kLn2L * kf;
    r = r - a;
    r *= 0.0625;
    double p = kE[8] * r;
    p += kE[7];
    p *= r;
    p += kE[6];
    p *= r;
    p += kE[5];
    p *= r;
    p += kE[4];
    p *= r;
    p += kE[3];
    p *= r;
    p += kE[0];
    p *= r;
    p += kE[1];
    r = r * p;
    for (int i = 0; i < 4; i++) {
      double s = kE[2] + r;
      r = r * s;
    }
    r += kE[1];
  }
  // return r * 2**k
  int64_t e = static_cast<int64_t>(k) + 0x3FF;
  if (e <= 0) {
    if (e < -52) return 0;
    e += 0x3FE;
    r *= float64frombits(static_cast<uint64_t>(e) << 52);
    return r * float64frombits(uint64_t{1} << 52);
  }
  if (e >= 0x7FF) return kInf;
  return r * float64frombits(static_cast<uint64_t>(e) << 52);
}

// ---- log (log_amd64.s) ----
double log(double x) {
  constexpr double HSqrt2 = 7.07106781186547524401e-01;
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01;
  constexpr double L2 = 3.999999999940941908e-01;
  constexpr double L3 = 2.857142874366239149e-01;
  constexpr double L4 = 2.222219843214978396e-01;
  constexpr double L5 = 1.818357216161805012e-01;
  constexpr double L6 = 1.531383769920937332e-01;
  constexpr double L7 = 1.479819860511658591e-01;
  uint64_t bx = float64bits(x);
  if ((bx & ~(uint64_t{1} << 63)) == 0) return -kInf;
  if (static_cast<int64_t>(bx) < 0) return kGoNaN;
  if (bx >= 0x7FF0000000000000) return x;
  // f1, k := frexp(x) on the raw fields (the assembly does not normalise subnormals)
  double f1 = float64frombits((bx & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = static_cast<double>(static_cast<int32_t>((bx >> 52) & 0x7FF) - 0x3FE);
  if (!(HSqrt2 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2.0 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
  double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  double a = s * (R + hfsq);
  a = a + Ln2Lo * k;
  double b = hfsq - a;
  b = b - f;
  return k * Ln2Hi - b;
}

double hypot(double p, double q) {
  uint64_t bp = float64bits(p) & ~(uint64_t{1} << 63), bq = float64bits(q) & ~(uint64_t{1} << 63);
  if (bp >= 0x7FF0000000000000 || bq >= 0x7FF0000000000000) {
    if (bp == 0x7FF0000000000000 || bq == 0x7FF0000000000000) return kInf;
    return kGoNaN;
  }
  if ((bp | bq) == 0) return 0;
  double x0 = float64frombits(bp), x1 = float64frombits(bq);
  double mx = x0 > x1 ? x0 : x1;  // MAXSD X1, X0 (no NaNs here)
  double mn = x1 < x0 ? x1 : x0;  // MINSD X2, X1
  double r = mn / mx;
  r = r * r;
  r = r + 1.0;
  r = ::std::sqrt(r);
  return mx * r;
}

double log2(double x) {
  int e;
  double frac = ::std::frexp(x, &e);
  if (::std::isinf(x) || ::std::isnan(x)) e = 0;
  if (frac == 0.5) return static_cast<double>(e - 1);
  return log(frac) * kInvLn2 + static_cast<double>(e);
}

double log10(double x) { return log(x) * kInvLn10; }

namespace {

const double kSin[6] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                        -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1};
const double kCos[6] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                        2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2};
constexpr double PI4A = 7.85398125648498535156e-1;
constexpr double PI4B = 3.77489470793079817668e-8;
constexpr double PI4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = 1 << 29;

// Bits of 4/pi for Payne-Hanek reduction (trig_reduce.go's mPi4).
const uint64_t kMPi4[20] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
    0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// x >= 2^29: j = octant, z = remainder (trig_reduce.go).
void trig_reduce(double x, uint64_t* j, double* z) {
  if (x < kPi4) {
    *j = 0;
    *z = x;
    return;
  }
  uint64_t ix = float64bits(x);
  int exp = static_cast<int>((ix >> 52) & 0x7FF) - 1023 - 52;
  ix &= ~(uint64_t{0x7FF} << 52);
  ix |= uint64_t{1} << 52;
  unsigned digit = static_cast<unsigned>(exp + 61) / 64, bitshift = static_cast<unsigned>(exp + 61) % 64;
  auto shl = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v << s; };
  auto shr = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v >> s; };
  uint64_t z0 = shl(kMPi4[digit], bitshift) | shr(kMPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(kMPi4[digit + 1], bitshift) | shr(kMPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(kMPi4[digit + 2], bitshift) | shr(kMPi4[digit + 3], 64 - bitshift);
  unsigned __int128 p2 = static_cast<unsigned __int128>(z2) * ix;
  unsigned __int128 p1 = static_cast<unsigned __int128>(z1) * ix;
  uint64_t z2hi = static_cast<uint64_t>(p2 >> 64);
  uint64_t z1hi = static_cast<uint64_t>(p1 >> 64), z1lo = static_cast<uint64_t>(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t c = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + c;
  *j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = static_cast<unsigned>(__builtin_clzll(hi));
  uint64_t e = static_cast<uint64_t>(1023 - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - 52;
  hi |= e << 52;
  double zz = float64frombits(hi);
  if (*j & 1) {
    (*j)++;
    *j &= 7;
    zz--;
  }
  *z = zz * kPi4;
}

void reduce(double x, uint64_t* j, double* z) {
  if (x >= kReduceThreshold) {
    trig_reduce(x, j, z);
    return;
  }
  *j = static_cast<uint64_t>(x * k4OverPi);
  double y = static_cast<double>(*j);
  if (*j & 1) {
    (*j)++;
    y++;
  }
  *j &= 7;
  *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

double sin_poly(double z, double zz) {
  return z + z * zz * ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz + kSin[5]);
}
double cos_poly(double zz) {
  return 1.0 - 0.5 * zz + zz * zz * ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz + kCos[5]);
}

}  // namespace

double cos(double x) {
  if (::std::isnan(x) || ::std::isinf(x)) return kGoNaN;
  bool sign = false;
  x = ::std::fabs(x);
  uint64_t j;
  double z;
  reduce(x, &j, &z);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
  return sign ? -y : y;
}

double sin(double x) {
  if (x == 0 || ::std::isnan(x)) return x;
  if (::std::isinf(x)) return kGoNaN;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
  return sign ? -y : y;
}

double tan(double x) {
  static const double P[3] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  static const double Q[5] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                              -5.38695755929454629881e7};
  if (x == 0 || ::std::isnan(x)) return x;
  if (::std::isinf(x)) return kGoNaN;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  if (x >= kReduceThreshold) {
    trig_reduce(x, &j, &z);
  } else {
    j = static_cast<uint64_t>(x * k4OverPi);
    double y = static_cast<double>(j);
    if (j & 1) {
      j++;
      y++;
    }
    z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
  }
  double zz = z * z;
  double y;
  if (zz > 1e-14) {
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  } else {
    y = z;
  }
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

namespace {

double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  z = x * z + x;
  return z;
}

double satan(double x) {
  constexpr double Morebits = 6.123233995736765886130e-17;
  constexpr double Tan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return kPi2 - xatan(1 / x) + Morebits;
  return kPi4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

}  // namespace

double atan(double x) {
  if (x == 0) return x;
  if (x > 0) return satan(x);
  return -satan(-x);
}

double asin(double x) {
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return kGoNaN;
  double temp = ::std::sqrt(1 - x * x);
  if (x > 0.7) temp = kPi2 - satan(temp / x);
  else temp = satan(x / temp);
  return sign ? -temp : temp;
}

double acos(double x) { return kPi2 - asin(x); }

double atan2(double y, double x) {
  if (::std::isnan(y) || ::std::isnan(x)) return kGoNaN;
  if (y == 0) {
    if (x >= 0 && !::std::signbit(x)) return ::std::copysign(0.0, y);
    return ::std::copysign(kPi, y);
  }
  if (x == 0) return ::std::copysign(kPi2, y);
  if (::std::isinf(x)) {
    if (x > 0) return ::std::isinf(y) ? ::std::copysign(kPi4, y) : ::std::copysign(0.0, y);
    return ::std::isinf(y) ? ::std::copysign(k3Pi4, y) : ::std::copysign(kPi, y);
  }
  if (::std::isinf(y)) return ::std::copysign(kPi2, y);
  double q = atan(y / x);
  if (x < 0) {
    if (q <= 0) return q + kPi;
    return q - kPi;
  }
  return q;
}

double sinh(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                   P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                   Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                   Q2 = -0.173678953558233699533450911e+3;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > 21) {
    temp = exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

double cosh(double x) {
  x = ::std::fabs(x);
  if (x > 21) return exp(x) * 0.5;
  double ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

double tanh(double x) {
  static const double P[3] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  static const double Q[3] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
  constexpr double MAXLOG = 8.8029691931113054295988e+01;
  double z = ::std::fabs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double cbrt(double x) {
  constexpr uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                   E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                   G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || ::std::isnan(x) || ::std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double t = float64frombits(float64bits(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = static_cast<double>(uint64_t{1} << 54);
    t *= x;
    t = float64frombits(float64bits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = float64frombits((float64bits(t) & (uint64_t{0xFFFFFFFFC} << 28)) + (uint64_t{1} << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

double exp2(double x) {
  constexpr double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  constexpr double Overflow = 1.0239999999999999e+03, Underflow = -1.0740e+03;
  constexpr double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                   P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                   P5 = 4.13813679705723846039e-08;
  if (::std::isnan(x) || (::std::isinf(x) && x > 0)) return x;
  if (::std::isinf(x)) return 0;
  if (x > Overflow) return kInf;
  if (x < Underflow) return 0;
  int64_t k = 0;
  if (x > 0) k = static_cast<int64_t>(x + 0.5);
  else if (x < 0) k = static_cast<int64_t>(x - 0.5);
  double t = x - static_cast<double>(k);
  double hi = t * Ln2Hi;
  double lo = -t * Ln2Lo;
  // expmulti(hi, lo, k)
  double r = hi - lo;
  double tt = r * r;
  double c = r - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ::std::ldexp(y, static_cast<int>(k));
}

double log1p(double x) {
  constexpr double Sqrt2M1 = 4.142135623730950488017e-01, Sqrt2HalfM1 = -2.928932188134524755992e-01,
                   Small = 1.0 / (1 << 29), Tiny = 1.0 / (uint64_t{1} << 54),
                   Two53 = static_cast<double>(uint64_t{1} << 53), Ln2Hi = 6.93147180369123816490e-01,
                   Ln2Lo = 1.90821492927058770002e-10, Lp1 = 6.666666666666735130e-01,
                   Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
                   Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01,
                   Lp6 = 1.531383769920937332e-01, Lp7 = 1.479819860511658591e-01;
  if (x < -1 || ::std::isnan(x)) return kGoNaN;
  if (x == -1) return -kInf;
  if (::std::isinf(x)) return kInf;
  double absx = ::std::fabs(x);
  double f = 0;
  uint64_t iu = 0;
  int64_t k = 1;
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1;
    }
  }
  double c = 0;
  if (k != 0) {
    double u;
    if (absx < Two53) {
      u = 1.0 + x;
      iu = float64bits(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      if (k > 0) c = 1.0 - (u - x);
      else c = x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      iu = float64bits(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffff;
    if (iu < 0x0006a09e667f3bcd) {
      u = float64frombits(iu | 0x3ff0000000000000);
    } else {
      k++;
      u = float64frombits(iu | 0x3fe0000000000000);
      iu = (0x0010000000000000 - iu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double kf = static_cast<double>(k);
  if (iu == 0) {
    if (f == 0) {
      if (k == 0) return 0;
      c += kf * Ln2Lo;
      return kf * Ln2Hi + c;
    }
    double R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return kf * Ln2Hi - ((R - (kf * Ln2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return kf * Ln2Hi - ((hfsq - (s * (hfsq + R) + (kf * Ln2Lo + c))) - f);
}

double asinh(double x) {
  constexpr double Ln2 = 6.93147180559945286227e-01, NearZero = 1.0 / (1 << 28), Large = 1 << 28;
  if (::std::isnan(x) || ::std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > Large) temp = log(x) + Ln2;
  else if (x > 2) temp = log(2 * x + 1 / (::std::sqrt(x * x + 1) + x));
  else if (x < NearZero) temp = x;
  else temp = log1p(x + x * x / (1 + ::std::sqrt(1 + x * x)));
  return sign ? -temp : temp;
}

double acosh(double x) {
  constexpr double Ln2 = 6.93147180559945309417232121458176568e-01, Large = 1 << 28;
  if (x < 1 || ::std::isnan(x)) return kGoNaN;
  if (x == 1) return 0;
  if (x >= Large) return log(x) + Ln2;
  if (x > 2) return log(2 * x - 1 / (x + ::std::sqrt(x * x - 1)));
  double t = x - 1;
  return log1p(t + ::std::sqrt(2 * t + t * t));
}

double atanh(double x) {
  constexpr double NearZero = 1.0 / (1 << 28);
  if (x < -1 || x > 1 || ::std::isnan(x)) return kGoNaN;
  if (x == 1) return kInf;
  if (x == -1) return -kInf;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x < NearZero) {
    temp = x;
  } else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * log1p(temp + temp * x / (1 - x));
  } else {
    temp = 0.5 * log1p((x + x) / (1 - x));
  }
  return sign ? -temp : temp;
}

}  // namespace mgo::std::gomath
