// math_go.h — float functions computed with Go 1.19's own algorithms on amd64, so their
// results equal Go's bit for bit (libm's differ in the last place for many inputs).
#pragma once

#include <bit>
#include <cstdint>

namespace mgo::std::gomath {

// Go's math.Float64bits and Float64frombits (one definition for math.cc and math_go*.cc).
inline uint64_t float64bits(double f) { return ::std::bit_cast<uint64_t>(f); }
inline double float64frombits(uint64_t b) { return ::std::bit_cast<double>(b); }
// Go's math.NaN(): the quiet NaN with bits 0x7FF8000000000001.
inline constexpr double kGoNaN = ::std::bit_cast<double>(uint64_t{0x7FF8000000000001});

double exp(double x);    // exp_amd64.s (with its FMA variant when the CPU has FMA)
double log(double x);    // log_amd64.s
double hypot(double p, double q);  // hypot_amd64.s
double log2(double x);
double log10(double x);
double sin(double x);
double cos(double x);
double tan(double x);
double atan(double x);
double asin(double x);
double acos(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double cbrt(double x);
double exp2(double x);
double log1p(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);
double erf(double x);    // erf.go (math_go_erf.cc)
double erfc(double x);
double erfinv(double x);  // erfinv.go (math_go_erf.cc)
double j0(double x);     // j0.go, j1.go, jn.go (math_go_bessel.cc)
double y0(double x);
double j1(double x);
double y1(double x);
double jn(int64_t n, double x);
double yn(int64_t n, double x);
double expm1(double x);  // expm1.go
double lgamma(double x, int64_t* sign);  // lgamma.go (math_go_lgamma.cc)

}  // namespace mgo::std::gomath
