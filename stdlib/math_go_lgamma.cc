// math_go_lgamma.cc — math.Lgamma by the algorithm of Go 1.19's lgamma.go (FreeBSD's
// e_lgamma_r.c): rational and polynomial approximations on [0.9, 8), Stirling's series
// above, the reflection formula for negative x. The coefficients are fdlibm's; each
// polynomial is evaluated in the same nested order as Go, so results are bit-identical.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <initializer_list>

#include "stdlib/math_go.h"

namespace mgo::std::gomath {
namespace {

// c[0] + y*(c[1] + y*(c[2] + ...)), innermost first, as Go's nested expressions.
double nested(double y, ::std::initializer_list<double> c) {
  const double* p = c.end();
  double acc = *--p;
  while (p != c.begin()) acc = *--p + y * acc;
  return acc;
}

constexpr double kA[12] = {
    7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
    2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
    1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
    1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05};
constexpr double kR[7] = {1.0,
                          1.39200533467621045958e+00, 7.21935547567138069525e-01,
                          1.71933865632803078993e-01, 1.86459191715652901344e-02,
                          7.77942496381893596434e-04, 7.32668430744625636189e-06};
constexpr double kS[7] = {-7.72156649015328655494e-02, 2.14982415960608852501e-01,
                          3.25778796408930981787e-01,  1.46350472652464452805e-01,
                          2.66422703033638609560e-02,  1.84028451407337715652e-03,
                          3.19475326584100867617e-05};
constexpr double kT[15] = {
    4.83836122723810047042e-01,  -1.47587722994593911752e-01, 6.46249402391333854778e-02,
    -3.27885410759859649565e-02, 1.79706750811820387126e-02,  -1.03142241298341437450e-02,
    6.10053870246291332635e-03,  -3.68452016781138256760e-03, 2.25964780900612472250e-03,
    -1.40346469989232843813e-03, 8.81081882437654011382e-04,  -5.38595305356740546715e-04,
    3.15632070903625950361e-04,  -3.12754168375120860518e-04, 3.35529192635519073543e-04};
constexpr double kU[6] = {-7.72156649015328655494e-02, 6.32827064025093366517e-01,
                          1.45492250137234768737e+00,  9.77717527963372745603e-01,
                          2.28963728064692451092e-01,  1.33810918536787660377e-02};
constexpr double kV[6] = {1.0,
                          2.45597793713041134822e+00, 2.12848976379893395361e+00,
                          7.69285150456672783825e-01, 1.04222645593369134254e-01,
                          3.21709242282423911810e-03};
constexpr double kW[7] = {4.18938533204672725052e-01,  8.33333333333329678849e-02,
                          -2.77777777728775536470e-03, 7.93650558643019558500e-04,
                          -5.95187557450339963135e-04, 8.36339918996282139126e-04,
                          -1.63092934096575273989e-03};

constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;
constexpr double kTwo52 = 4503599627370496.0;
constexpr double kTwo53 = 9007199254740992.0;

// sin(pi*x) for x >= 0 with exact argument reduction (Go's sinPi, negated as there).
double sin_pi(double x) {
  if (x < 0.25) return -sin(kPi * x);
  double z = ::std::floor(x);
  int64_t n;
  if (z != x) {
    x = ::std::fmod(x, 2);
    n = static_cast<int64_t>(x * 4);
  } else if (x >= kTwo53) {
    x = 0;
    n = 0;
  } else {
    if (x < kTwo52) z = x + kTwo52;
    uint64_t bits;
    memcpy(&bits, &z, 8);
    n = static_cast<int64_t>(bits & 1);
    x = static_cast<double>(n);
    n <<= 2;
  }
  switch (n) {
    case 0: x = sin(kPi * x); break;
    case 1: case 2: x = cos(kPi * (0.5 - x)); break;
    case 3: case 4: x = sin(kPi * (1 - x)); break;
    case 5: case 6: x = -cos(kPi * (x - 1.5)); break;
    default: x = sin(kPi * (x - 2)); break;
  }
  return -x;
}

// Lgamma on 0 < x < 2 (x != 1): three expansions around the minimum Tc and around 1, 2.
double lgamma_below2(double x) {
  constexpr double kYmin = 1.461632144968362245;
  constexpr double kTc = 1.46163214496836224576e+00;
  constexpr double kTf = -1.21486290535849611461e-01;
  constexpr double kTt = -3.63867699703950536541e-18;
  double r, y;
  int which;
  if (x <= 0.9) {
    r = -log(x);
    if (x >= kYmin - 1 + 0.27) { y = 1 - x; which = 0; }
    else if (x >= kYmin - 1 - 0.27) { y = x - (kTc - 1); which = 1; }
    else { y = x; which = 2; }
  } else {
    r = 0;
    if (x >= kYmin + 0.27) { y = 2 - x; which = 0; }
    else if (x >= kYmin - 0.27) { y = x - kTc; which = 1; }
    else { y = x - 1; which = 2; }
  }
  if (which == 0) {
    double z = y * y;
    double p1 = nested(z, {kA[0], kA[2], kA[4], kA[6], kA[8], kA[10]});
    double p2 = z * nested(z, {kA[1], kA[3], kA[5], kA[7], kA[9], kA[11]});
    double p = y * p1 + p2;
    return r + (p - 0.5 * y);
  }
  if (which == 1) {
    double z = y * y;
    double w = z * y;
    double p1 = nested(w, {kT[0], kT[3], kT[6], kT[9], kT[12]});
    double p2 = nested(w, {kT[1], kT[4], kT[7], kT[10], kT[13]});
    double p3 = nested(w, {kT[2], kT[5], kT[8], kT[11], kT[14]});
    double p = z * p1 - (kTt - w * (p2 + y * p3));
    return r + (kTf + p);
  }
  double p1 = y * nested(y, {kU[0], kU[1], kU[2], kU[3], kU[4], kU[5]});
  double p2 = 1 + y * nested(y, {kV[1], kV[2], kV[3], kV[4], kV[5]});
  return r + (-0.5 * y + p1 / p2);
}

}  // namespace

double lgamma(double x, int64_t* sign) {
  constexpr double kTwo58 = 288230376151711744.0;
  constexpr double kTiny = 1.0 / 1180591620717411303424.0;  // 2**-70
  *sign = 1;
  if (::std::isnan(x) || ::std::isinf(x)) return x;
  if (x == 0) return INFINITY;
  bool neg = x < 0;
  if (neg) x = -x;
  if (x < kTiny) {
    if (neg) *sign = -1;
    return -log(x);
  }
  double nadj = 0;
  if (neg) {
    if (x >= kTwo52) return INFINITY;  // a negative integer
    double t = sin_pi(x);
    if (t == 0) return INFINITY;
    nadj = log(kPi / ::std::fabs(t * x));
    if (t < 0) *sign = -1;
  }
  double r;
  if (x == 1 || x == 2) {
    return 0;  // Go returns before applying the reflection here too
  } else if (x < 2) {
    r = lgamma_below2(x);
  } else if (x < 8) {
    int64_t i = static_cast<int64_t>(x);
    double y = x - static_cast<double>(i);
    double p = y * nested(y, {kS[0], kS[1], kS[2], kS[3], kS[4], kS[5], kS[6]});
    double q = 1 + y * nested(y, {kR[1], kR[2], kR[3], kR[4], kR[5], kR[6]});
    r = 0.5 * y + p / q;
    double z = 1.0;  // Lgamma(1+s) = Log(s) + Lgamma(s)
    for (int64_t k = i; k >= 3; k--) z *= (y + static_cast<double>(k - 1));
    if (i >= 3) r += log(z);
  } else if (x < kTwo58) {
    double t = log(x);
    double z = 1 / x;
    double y = z * z;
    double w = kW[0] + z * nested(y, {kW[1], kW[2], kW[3], kW[4], kW[5], kW[6]});
    r = (x - 0.5) * (t - 1) + w;
  } else {
    r = x * (log(x) - 1);
  }
  if (neg) r = nadj - r;
  return r;
}

}  // namespace mgo::std::gomath
