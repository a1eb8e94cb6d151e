// Package strings and unicode C++ externs against outputs recorded from Go 1.19
// (a Go program printed each case with the same inputs).
#include <gtest/gtest.h>

#include <string>

#include "runtime/abi.h"
#include "tests/unit/stdlib_testing.h"

extern "C" {
String mgo_strings_ToUpper(G*, const uint8_t*, int64_t);
String mgo_strings_ToLower(G*, const uint8_t*, int64_t);
String mgo_strings_ToTitle(G*, const uint8_t*, int64_t);
bool mgo_strings_EqualFold(G*, const uint8_t*, int64_t, const uint8_t*, int64_t);
int64_t mgo_strings_Count(G*, const uint8_t*, int64_t, const uint8_t*, int64_t);
int64_t mgo_strings_Index(G*, const uint8_t*, int64_t, const uint8_t*, int64_t);
int64_t mgo_strings_LastIndex(G*, const uint8_t*, int64_t, const uint8_t*, int64_t);
bool mgo_unicode_IsLetter(G*, int32_t);
bool mgo_unicode_IsDigit(G*, int32_t);
bool mgo_unicode_IsSpace(G*, int32_t);
bool mgo_unicode_IsUpper(G*, int32_t);
bool mgo_unicode_IsLower(G*, int32_t);
bool mgo_unicode_IsPunct(G*, int32_t);
bool mgo_unicode_IsPrint(G*, int32_t);
bool mgo_unicode_IsSymbol(G*, int32_t);
bool mgo_unicode_IsMark(G*, int32_t);
int32_t mgo_unicode_ToUpper(G*, int32_t);
int32_t mgo_unicode_ToLower(G*, int32_t);
int32_t mgo_unicode_ToTitle(G*, int32_t);
int32_t mgo_unicode_SimpleFold(G*, int32_t);
}

using mgotest::str;

namespace {
const uint8_t* u(const char* s) { return reinterpret_cast<const uint8_t*>(s); }
int64_t n(const char* s) { return static_cast<int64_t>(strlen(s)); }

struct CaseMap { const char* s; const char* upper; const char* lower; const char* title; };
const CaseMap kCaseMaps[] = {
{"hello", "HELLO", "hello", "HELLO"},
{"Héllo Wörld", "HÉLLO WÖRLD", "héllo wörld", "HÉLLO WÖRLD"},
{"ǅemo", "ǄEMO", "ǆemo", "ǅEMO"},
{"straße", "STRAßE", "straße", "STRAßE"},
{"\xff" "ab", "�AB", "�ab", "�AB"},
{"ΑΒΓ", "ΑΒΓ", "αβγ", "ΑΒΓ"},
{"ﬃ", "ﬃ", "ﬃ", "ﬃ"},
};
struct Fold { const char* a; const char* b; bool eq; };
const Fold kFolds[] = {
{"Go", "GO", true},
{"straße", "STRASSE", false},
{"k", "K", true},
{"σ", "ς", true},
{"ab", "abc", false},
{"\xff", "\xfe", true},
{"Σ", "ς", true},
};
struct Search { const char* s; const char* sub; int64_t count, index, last; };
const Search kSearches[] = {
{"cheese", "e", 3, 2, 5},
{"five", "", 5, 0, 4},
{"aaaa", "aa", 2, 0, 2},
{"", "", 1, 0, 0},
{"héllo", "", 6, 0, 6},
};
struct RuneProps { int32_t r; bool letter, digit, space, upper, lower, punct, print, symbol, mark; int32_t toupper, tolower, totitle, fold; };
const RuneProps kRunes[] = {
{97, true, false, false, false, true, false, true, false, false, 65, 97, 65, 65},
{65, true, false, false, true, false, false, true, false, false, 65, 97, 65, 97},
{53, false, true, false, false, false, false, true, false, false, 53, 53, 53, 53},
{32, false, false, true, false, false, false, true, false, false, 32, 32, 32, 32},
{160, false, false, true, false, false, false, false, false, false, 160, 160, 160, 160},
{233, true, false, false, false, true, false, true, false, false, 201, 233, 201, 201},
{452, true, false, false, true, false, false, true, false, false, 452, 454, 453, 453},
{453, true, false, false, false, false, false, true, false, false, 452, 454, 453, 454},
{1635, false, true, false, false, false, false, true, false, false, 1635, 1635, 1635, 1635},
{33, false, false, false, false, false, true, true, false, false, 33, 33, 33, 33},
{8364, false, false, false, false, false, false, true, true, false, 8364, 8364, 8364, 8364},
{769, false, false, false, false, false, false, true, false, true, 769, 769, 769, 769},
{133, false, false, true, false, false, false, false, false, false, 133, 133, 133, 133},
{8232, false, false, true, false, false, false, false, false, false, 8232, 8232, 8232, 8232},
{-1, false, false, false, false, false, false, false, false, false, -1, -1, -1, -1},
{1114112, false, false, false, false, false, false, false, false, false, 1114112, 1114112, 1114112, 1114112},
};
}  // namespace

TEST(Strings, CaseMappingMatchesGo) {
  for (const CaseMap& c : kCaseMaps) {
    EXPECT_EQ(str(mgo_strings_ToUpper(nullptr, u(c.s), n(c.s))), c.upper) << c.s;
    EXPECT_EQ(str(mgo_strings_ToLower(nullptr, u(c.s), n(c.s))), c.lower) << c.s;
    EXPECT_EQ(str(mgo_strings_ToTitle(nullptr, u(c.s), n(c.s))), c.title) << c.s;
  }
}

TEST(Strings, EqualFoldMatchesGo) {
  for (const Fold& f : kFolds) EXPECT_EQ(mgo_strings_EqualFold(nullptr, u(f.a), n(f.a), u(f.b), n(f.b)), f.eq) << f.a << " " << f.b;
}

TEST(Strings, SearchMatchesGo) {
  for (const Search& s : kSearches) {
    EXPECT_EQ(mgo_strings_Count(nullptr, u(s.s), n(s.s), u(s.sub), n(s.sub)), s.count) << s.s << "/" << s.sub;
    EXPECT_EQ(mgo_strings_Index(nullptr, u(s.s), n(s.s), u(s.sub), n(s.sub)), s.index) << s.s << "/" << s.sub;
    EXPECT_EQ(mgo_strings_LastIndex(nullptr, u(s.s), n(s.s), u(s.sub), n(s.sub)), s.last) << s.s << "/" << s.sub;
  }
}

TEST(Unicode, PropertiesMatchGo) {
  for (const RuneProps& p : kRunes) {
    EXPECT_EQ(mgo_unicode_IsLetter(nullptr, p.r), p.letter) << p.r;
    EXPECT_EQ(mgo_unicode_IsDigit(nullptr, p.r), p.digit) << p.r;
    EXPECT_EQ(mgo_unicode_IsSpace(nullptr, p.r), p.space) << p.r;
    EXPECT_EQ(mgo_unicode_IsUpper(nullptr, p.r), p.upper) << p.r;
    EXPECT_EQ(mgo_unicode_IsLower(nullptr, p.r), p.lower) << p.r;
    EXPECT_EQ(mgo_unicode_IsPunct(nullptr, p.r), p.punct) << p.r;
    EXPECT_EQ(mgo_unicode_IsPrint(nullptr, p.r), p.print) << p.r;
    EXPECT_EQ(mgo_unicode_IsSymbol(nullptr, p.r), p.symbol) << p.r;
    EXPECT_EQ(mgo_unicode_IsMark(nullptr, p.r), p.mark) << p.r;
    EXPECT_EQ(mgo_unicode_ToUpper(nullptr, p.r), p.toupper) << p.r;
    EXPECT_EQ(mgo_unicode_ToLower(nullptr, p.r), p.tolower) << p.r;
    EXPECT_EQ(mgo_unicode_ToTitle(nullptr, p.r), p.totitle) << p.r;
    EXPECT_EQ(mgo_unicode_SimpleFold(nullptr, p.r), p.fold) << p.r;
  }
}
