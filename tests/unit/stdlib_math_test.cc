// package math against Go 1.19 on amd64, bit for bit: the .inc table beside this file was
// printed by a Go program calling the same functions on the same inputs.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <map>
#include <string>

struct G;
extern "C" {
#define D1(n) double mgo_math_##n(G*, double);
#define D2(n) double mgo_math_##n(G*, double, double);
D1(Exp) D1(Log) D1(Log2) D1(Log10) D1(Log1p) D1(Expm1) D1(Sin) D1(Cos) D1(Tan) D1(Asin) D1(Acos) D1(Atan)
D1(Sinh) D1(Cosh) D1(Tanh) D1(Cbrt) D1(Exp2) D1(Asinh) D1(Acosh) D1(Atanh) D1(Sqrt) D1(Floor) D1(Round)
D1(RoundToEven) D2(Pow) D2(Atan2) D2(Hypot) D2(Mod) D2(Remainder) D2(Max) D2(Min)
#undef D1
#undef D2
}

namespace {

struct Case {
  const char* fn;
  uint64_t x, y, want;
};
const Case kCases[] = {
#include "tests/unit/stdlib_math_cases.inc"
};

double f(uint64_t b) {
  double d;
  memcpy(&d, &b, 8);
  return d;
}
uint64_t bits(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}

}  // namespace

TEST(Math, BitForBitAsGo) {
  using F1 = double (*)(G*, double);
  using F2 = double (*)(G*, double, double);
  const std::map<std::string, F1> f1 = {
#define E1(n) {#n, mgo_math_##n},
      E1(Exp) E1(Log) E1(Log2) E1(Log10) E1(Log1p) E1(Expm1) E1(Sin) E1(Cos) E1(Tan) E1(Asin) E1(Acos) E1(Atan)
      E1(Sinh) E1(Cosh) E1(Tanh) E1(Cbrt) E1(Exp2) E1(Asinh) E1(Acosh) E1(Atanh) E1(Sqrt) E1(Floor) E1(Round)
      E1(RoundToEven)
#undef E1
  };
  const std::map<std::string, F2> f2 = {
#define E2(n) {#n, mgo_math_##n},
      E2(Pow) E2(Atan2) E2(Hypot) E2(Mod) E2(Remainder) E2(Max) E2(Min)
#undef E2
  };
  int checked = 0;
  for (const Case& c : kCases) {
    double got;
    if (f1.count(c.fn)) got = f1.at(c.fn)(nullptr, f(c.x));
    else got = f2.at(c.fn)(nullptr, f(c.x), f(c.y));
    if (std::isnan(f(c.want))) {
      EXPECT_TRUE(std::isnan(got)) << c.fn << "(" << f(c.x) << ")";
    } else {
      EXPECT_EQ(bits(got), c.want) << c.fn << "(" << f(c.x) << ", " << f(c.y) << ") = " << got << ", Go: " << f(c.want);
    }
    checked++;
  }
  EXPECT_GT(checked, 2000);
}
