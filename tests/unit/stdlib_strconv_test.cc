// strconv's C++ core against outputs recorded from Go 1.19 (the .inc files beside this
// one were printed by a Go program calling the same functions on the same inputs).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>

#include "stdlib/strconv_impl.h"
#include "stdlib/utf8.h"
#include "stdlib/unicode_tables.h"

namespace sc = mgo::std::strconv;

namespace {

double from_bits(uint64_t b) {
  double d;
  memcpy(&d, &b, 8);
  return d;
}
uint64_t bits(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}

struct FtoaCase {
  uint64_t bits;
  char fmt;
  int prec;
  int bitsize;
  const char* want;
};
const FtoaCase kFtoa[] = {
#include "tests/unit/stdlib_ftoa_cases.inc"
};

#include "tests/unit/stdlib_strconv_cases.inc"

struct IntCase { const char* s; int base, bitsize; long long want; int code; };
const IntCase kInts[] = {kIntCases_DATA};
struct UintCase { const char* s; unsigned long long want; int code; };
const UintCase kUints[] = {kUintCases_DATA};
struct FloatCase { const char* s; uint64_t want64; int code64; uint64_t want32; int code32; };
const FloatCase kFloats[] = {kFloatCases_DATA};
struct QuoteCase { const char* s; const char* quote; const char* ascii; const char* graphic; bool backquote; };
const QuoteCase kQuotes[] = {kQuoteCases_DATA};
struct RuneCase { int32_t r; const char* quote; const char* ascii; };
const RuneCase kRunes[] = {kRuneCases_DATA};
struct UnquoteCase { const char* s; const char* want; bool ok; };
const UnquoteCase kUnquotes[] = {kUnquoteCases_DATA};

}  // namespace

TEST(StrconvFormatFloat, MatchesGoOnEveryFormatAndPrecision) {
  int failures = 0;
  for (const FtoaCase& c : kFtoa) {
    std::string got;
    sc::append_float(got, from_bits(c.bits), c.fmt, c.prec, c.bitsize);
    if (got != c.want && failures++ < 20)
      ADD_FAILURE() << "FormatFloat(" << from_bits(c.bits) << ", '" << c.fmt << "', " << c.prec << ", " << c.bitsize
                    << ") = " << got << ", want " << c.want;
  }
  EXPECT_EQ(failures, 0);
}

TEST(StrconvParseInt, ValuesAndErrorsMatchGo) {
  for (const IntCase& c : kInts) {
    int64_t v;
    int code = static_cast<int>(sc::parse_int(c.s, c.base, c.bitsize, &v));
    EXPECT_EQ(code, c.code) << c.s << " base " << c.base << " bits " << c.bitsize;
    EXPECT_EQ(v, c.want) << c.s << " base " << c.base << " bits " << c.bitsize;
  }
  for (const UintCase& c : kUints) {
    uint64_t v;
    int code = static_cast<int>(sc::parse_uint(c.s, 10, 64, &v));
    EXPECT_EQ(code, c.code) << c.s;
    EXPECT_EQ(v, c.want) << c.s;
  }
}

TEST(StrconvParseFloat, BitsAndErrorsMatchGo) {
  for (const FloatCase& c : kFloats) {
    double v;
    int code = static_cast<int>(sc::parse_float(c.s, 64, &v));
    EXPECT_EQ(code, c.code64) << '"' << c.s << '"';
    if (std::isnan(from_bits(c.want64))) EXPECT_TRUE(std::isnan(v)) << c.s;
    else EXPECT_EQ(bits(v), c.want64) << '"' << c.s << '"';
    code = static_cast<int>(sc::parse_float(c.s, 32, &v));
    EXPECT_EQ(code, c.code32) << '"' << c.s << "\" (32)";
    if (std::isnan(from_bits(c.want32))) EXPECT_TRUE(std::isnan(v)) << c.s;
    else EXPECT_EQ(bits(v), c.want32) << '"' << c.s << "\" (32)";
  }
}

TEST(StrconvQuote, MatchesGo) {
  for (const QuoteCase& c : kQuotes) {
    std::string q, a, gr;
    sc::append_quote(q, c.s, '"', false, false);
    sc::append_quote(a, c.s, '"', true, false);
    sc::append_quote(gr, c.s, '"', false, true);
    EXPECT_EQ(q, c.quote);
    EXPECT_EQ(a, c.ascii);
    EXPECT_EQ(gr, c.graphic);
    EXPECT_EQ(sc::can_backquote(c.s), c.backquote) << c.s;
  }
  for (const RuneCase& c : kRunes) {
    std::string q, a;
    sc::append_quote_rune(q, c.r, '\'', false, false);
    sc::append_quote_rune(a, c.r, '\'', true, false);
    EXPECT_EQ(q, c.quote) << c.r;
    EXPECT_EQ(a, c.ascii) << c.r;
  }
}

TEST(StrconvUnquote, MatchesGo) {
  for (const UnquoteCase& c : kUnquotes) {
    std::string out;
    bool ok = sc::unquote(c.s, &out);
    EXPECT_EQ(ok, c.ok) << c.s;
    if (ok) {
      EXPECT_EQ(out, c.want) << c.s;
    }
  }
}

TEST(StrconvFormatInt, Bases) {
  std::string s;
  sc::append_int(s, INT64_MIN, 10);
  EXPECT_EQ(s, std::to_string(INT64_MIN));
  s.clear();
  sc::append_int(s, -255, 16);
  EXPECT_EQ(s, "-ff");
  s.clear();
  sc::append_uint(s, UINT64_MAX, 2);
  EXPECT_EQ(s, std::string(64, '1'));
  s.clear();
  sc::append_int(s, 35, 36);
  EXPECT_EQ(s, "z");
}
