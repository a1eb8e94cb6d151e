// math_go_erf.cc — math.Erf, Erfc and Expm1 as Go 1.19 computes them on amd64 (erf.go and
// expm1.go: FreeBSD's fdlibm algorithms, pure Go there, no assembly), written out with
// Go's operation order and Go's own Exp, so results equal Go's bit for bit. libm's erf and
// expm1 use the same polynomials but glibc's exp and a different expm1 reduction, and
// differed from Go in the last place for about 8% of inputs.
#include <bit>
#include <cmath>
#include <cstdint>

#include "stdlib/math_go.h"

namespace mgo::std::gomath {
namespace {

// erf.go's coefficients (fdlibm s_erf.c).
constexpr double erx = 8.45062911510467529297e-01;
constexpr double efx = 1.28379167095512586316e-01;
constexpr double efx8 = 1.02703333676410069053e+00;
constexpr double pp[] = {1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
                         -5.77027029648944159157e-03, -2.37630166566501626084e-05};
constexpr double qq[] = {0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
                         1.32494738004321644526e-04, -3.96022827877536812320e-06};
constexpr double pa[] = {-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
                         3.18346619901161753674e-01,  -1.10894694282396677476e-01, 3.54783043256182359371e-02,
                         -2.16637559486879084300e-03};
constexpr double qa[] = {0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
                         1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02};
constexpr double ra[] = {-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
                         -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
                         -8.12874355063065934246e+01, -9.81432934416914548592e+00};
constexpr double sa[] = {0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
                         6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
                         6.57024977031928170135e+00, -6.04244152148580987438e-02};
constexpr double rb[] = {-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
                         -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
                         -4.83519191608651397019e+02};
constexpr double sb[] = {0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
                         3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
                         -2.24409524465858183362e+01};

// |x| < 0.84375: the rational approximation y of erf(x)/x - 1 (r/s in erf.go).
double small_ratio(double x) {
  double z = x * x;
  double r = pp[0] + z * (pp[1] + z * (pp[2] + z * (pp[3] + z * pp[4])));
  double s = 1 + z * (qq[1] + z * (qq[2] + z * (qq[3] + z * (qq[4] + z * qq[5]))));
  return r / s;
}

// 0.84375 <= |x| < 1.25: P/Q with s = |x| - 1.
double mid_ratio(double x) {
  double s = x - 1;
  double p = pa[0] + s * (pa[1] + s * (pa[2] + s * (pa[3] + s * (pa[4] + s * (pa[5] + s * pa[6])))));
  double q = 1 + s * (qa[1] + s * (qa[2] + s * (qa[3] + s * (qa[4] + s * (qa[5] + s * qa[6])))));
  return p / q;
}

// exp(-x*x - 0.5625 + R/S) as erf.go computes it, for 1.25 <= x (R/S picked by x).
double tail(double x) {
  double s = 1 / (x * x);
  double r, q;
  if (x < 1 / 0.35) {
    r = ra[0] + s * (ra[1] + s * (ra[2] + s * (ra[3] + s * (ra[4] + s * (ra[5] + s * (ra[6] + s * ra[7]))))));
    q = 1 + s * (sa[1] + s * (sa[2] + s * (sa[3] + s * (sa[4] + s * (sa[5] + s * (sa[6] + s * (sa[7] + s * sa[8])))))));
  } else {
    r = rb[0] + s * (rb[1] + s * (rb[2] + s * (rb[3] + s * (rb[4] + s * (rb[5] + s * rb[6])))));
    q = 1 + s * (sb[1] + s * (sb[2] + s * (sb[3] + s * (sb[4] + s * (sb[5] + s * (sb[6] + s * sb[7]))))));
  }
  double z = ::std::bit_cast<double>(::std::bit_cast<uint64_t>(x) & 0xffffffff00000000ull);  // 20-bit x
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + r / q);
}

}  // namespace

double erf(double x) {
  const double kVeryTiny = 2.848094538889218e-306;
  const double kSmall = 1.0 / (1 << 28);
  if (::std::isnan(x)) return kGoNaN;
  if (::std::isinf(x)) return x > 0 ? 1 : -1;
  bool sign = x < 0;
  if (sign) x = -x;
  if (x < 0.84375) {
    double temp;
    if (x < kSmall) {
      if (x < kVeryTiny) temp = 0.125 * (8.0 * x + efx8 * x);
      else temp = x + efx * x;
    } else {
      temp = x + x * small_ratio(x);
    }
    return sign ? -temp : temp;
  }
  if (x < 1.25) {
    double pq = mid_ratio(x);
    return sign ? -erx - pq : erx + pq;
  }
  if (x >= 6) return sign ? -1 : 1;
  double r = tail(x);
  return sign ? r / x - 1 : 1 - r / x;
}

double erfc(double x) {
  const double kTiny = 1.0 / (uint64_t{1} << 56);
  if (::std::isnan(x)) return kGoNaN;
  if (::std::isinf(x)) return x > 0 ? 0 : 2;
  bool sign = x < 0;
  if (sign) x = -x;
  if (x < 0.84375) {
    double temp;
    if (x < kTiny) {
      temp = x;
    } else {
      double y = small_ratio(x);
      if (x < 0.25) temp = x + x * y;
      else temp = 0.5 + (x * y + (x - 0.5));
    }
    return sign ? 1 + temp : 1 - temp;
  }
  if (x < 1.25) {
    double pq = mid_ratio(x);
    return sign ? 1 + erx + pq : 1 - erx - pq;
  }
  if (x < 28) {
    if (sign && x > 6 && x >= 1 / 0.35) return 2;
    double r = tail(x);
    return sign ? 2 - r / x : r / x;
  }
  return sign ? 2 : 0;
}

double expm1(double x) {
  const double kOthreshold = 7.09782712893383973096e+02;
  const double kLn2X56 = 3.88162421113569373274e+01;
  const double kLn2HalfX3 = 1.03972077083991796413e+00;
  const double kLn2Half = 3.46573590279972654709e-01;
  const double kLn2Hi = 6.93147180369123816490e-01;
  const double kLn2Lo = 1.90821492927058770002e-10;
  const double kInvLn2 = 1.44269504088896338700e+00;
  const double kTiny = 1.0 / (uint64_t{1} << 54);
  const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
               Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
               Q5 = -2.01099218183624371326e-07;
  if ((::std::isinf(x) && x > 0) || ::std::isnan(x)) return x;
  if (::std::isinf(x)) return -1;
  double absx = x;
  bool sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= kLn2X56) {
    if (sign) return -1;
    if (absx >= kOthreshold) return INFINITY;
  }
  double c = 0;
  int64_t k = 0;
  if (absx > kLn2Half) {
    double hi, lo;
    if (absx < kLn2HalfX3) {
      if (!sign) {
        hi = x - kLn2Hi;
        lo = kLn2Lo;
        k = 1;
      } else {
        hi = x + kLn2Hi;
        lo = -kLn2Lo;
        k = -1;
      }
    } else {
      k = sign ? static_cast<int64_t>(kInvLn2 * x - 0.5) : static_cast<int64_t>(kInvLn2 * x + 0.5);
      double t = static_cast<double>(k);
      hi = x - t * kLn2Hi;
      lo = t * kLn2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < kTiny) {
    return x;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  auto add_exp = [](double y, int64_t k) {  // add k to y's exponent
    return ::std::bit_cast<double>(::std::bit_cast<uint64_t>(y) + (static_cast<uint64_t>(k) << 52));
  };
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    double y = 1 - (e - x);
    y = add_exp(y, k);
    return y - 1;
  }
  if (k < 20) {
    double tk = ::std::bit_cast<double>(uint64_t{0x3ff0000000000000} - (uint64_t{0x20000000000000} >> k));  // 1-2**-k
    double y = tk - (e - x);
    return add_exp(y, k);
  }
  double tk = ::std::bit_cast<double>(static_cast<uint64_t>(0x3ff - k) << 52);  // 2**-k
  double y = x - (e + tk);
  y += 1;
  return add_exp(y, k);
}

// erfinv.go: Wichura's AS241 rational approximations in r, three ranges of |x|.
namespace {
double poly7(const double (&c)[8], double r) {  // ((c7*r+c6)*r+...)*r + c0, as Go writes it
  double z = c[7];
  for (int i = 6; i >= 0; i--) z = z * r + c[i];
  return z;
}
constexpr double kInvA[8] = {1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2,
                             4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4,
                             1.1819493347062294404278e4, 8.8709406962545514830200e2};
constexpr double kInvB[8] = {1.0000000000000000000e0, 4.2313330701600911252e1, 6.8718700749205790830e2,
                             5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4,
                             2.8729085735721942674e4, 5.2264952788528545610e3};
constexpr double kInvC[8] = {1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
                             3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
                             2.27238449892691845833e-2, 7.74545014278341407640e-4};
constexpr double kInvD[8] = {1.4142135623730950488016887e0, 2.9036514445419946173133295e0,
                             2.3707661626024532365971225e0, 9.7547832001787427186894837e-1,
                             2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
                             7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9};
constexpr double kInvE[8] = {6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
                             2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
                             2.71155556874348757815e-5, 2.01033439929228813265e-7};
constexpr double kInvF[8] = {1.414213562373095048801689e0, 8.482908416595164588112026e-1,
                             1.936480946950659106176712e-1, 2.103693768272068968719679e-2,
                             1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
                             2.010321207683943062279931e-7, 2.891024605872965461538222e-15};
}  // namespace

double erfinv(double x) {
  if (::std::isnan(x) || x <= -1 || x >= 1) {
    if (x == -1 || x == 1) return x * INFINITY;
    return kGoNaN;
  }
  bool neg = x < 0;
  if (neg) x = -x;
  double ans;
  if (x <= 0.85) {
    double r = 0.180625 - 0.25 * x * x;
    ans = (x * poly7(kInvA, r)) / poly7(kInvB, r);
  } else {
    double r = ::std::sqrt(0.693147180559945309417232121458176568 - log(1.0 - x));
    if (r <= 5.0) {
      r -= 1.6;
      ans = poly7(kInvC, r) / poly7(kInvD, r);
    } else {
      r -= 5.0;
      ans = poly7(kInvE, r) / poly7(kInvF, r);
    }
  }
  return neg ? -ans : ans;
}

}  // namespace mgo::std::gomath
