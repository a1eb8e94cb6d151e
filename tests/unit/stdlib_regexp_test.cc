// regexp's C++ matcher (RE2) against Go 1.19: all-match offsets (the test drives the
// match extern with Go's allMatches loop) and compile error texts, recorded from Go.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/abi.h"
#include "tests/unit/stdlib_testing.h"

extern "C" {
struct CompileOut { int64_t handle; int64_t nsub; String err; };
void mgo_regexp_compile(G*, CompileOut*, const uint8_t*, int64_t, bool longest, bool posix);
bool mgo_regexp_match(G*, int64_t, const uint8_t*, int64_t, int64_t, int64_t*, int64_t, int64_t);
}

namespace {

const uint8_t* u(const char* s) { return reinterpret_cast<const uint8_t*>(s); }

struct AllCase { const char* pattern; const char* input; const char* want; };
const AllCase kAll[] = {
{"^a", "aaa ba", "0 1 |"},
{"^a", "foo foobar foo", ""},
{"^a", "bab", ""},
{"^a", "Hello HELLO", ""},
{"^a", "one\ntwo\nthree", ""},
{"^a", "xx", ""},
{"^a", "a1b22c333", "0 1 |"},
{"^a", "x joe@site.com y ann@web.com", ""},
{"^a", "ABC def GHI", ""},
{"^a", "héllo wörld", ""},
{"^a", "a\nb a-b", "0 1 |"},
{"^a", "aabbb ab", "0 1 |"},
{"^a", "abcd cd ab", "0 1 |"},
{"^a", "éé e é", ""},
{"\\bfoo\\b", "aaa ba", ""},
{"\\bfoo\\b", "foo foobar foo", "0 3 | 11 14 |"},
{"\\bfoo\\b", "bab", ""},
{"\\bfoo\\b", "Hello HELLO", ""},
{"\\bfoo\\b", "one\ntwo\nthree", ""},
{"\\bfoo\\b", "xx", ""},
{"\\bfoo\\b", "a1b22c333", ""},
{"\\bfoo\\b", "x joe@site.com y ann@web.com", ""},
{"\\bfoo\\b", "ABC def GHI", ""},
{"\\bfoo\\b", "héllo wörld", ""},
{"\\bfoo\\b", "a\nb a-b", ""},
{"\\bfoo\\b", "aabbb ab", ""},
{"\\bfoo\\b", "abcd cd ab", ""},
{"\\bfoo\\b", "éé e é", ""},
{"a*", "aaa ba", "0 3 | 4 4 | 5 6 |"},
{"a*", "foo foobar foo", "0 0 | 1 1 | 2 2 | 3 3 | 4 4 | 5 5 | 6 6 | 7 7 | 8 9 | 10 10 | 11 11 | 12 12 | 13 13 | 14 14 |"},
{"a*", "bab", "0 0 | 1 2 | 3 3 |"},
{"a*", "Hello HELLO", "0 0 | 1 1 | 2 2 | 3 3 | 4 4 | 5 5 | 6 6 | 7 7 | 8 8 | 9 9 | 10 10 | 11 11 |"},
{"a*", "one\ntwo\nthree", "0 0 | 1 1 | 2 2 | 3 3 | 4 4 | 5 5 | 6 6 | 7 7 | 8 8 | 9 9 | 10 10 | 11 11 | 12 12 | 13 13 |"},
{"a*", "xx", "0 0 | 1 1 | 2 2 |"},
{"a*", "a1b22c333", "0 1 | 2 2 | 3 3 | 4 4 | 5 5 | 6 6 | 7 7 | 8 8 | 9 9 |"},
{"a*", "x joe@site.com y ann@web.com", "0 0 | 1 1 | 2 2 | 3 3 | 4 4 | 5 5 | 6 6 | 7 7 | 8 8 | 9 9 | 10 10 | 11 11 | 12 12 | 13 13 | 14 14 | 15 15 | 16 16 | 17 18 | 19 19 | 20 20 | 21 21 | 22 22 | 23 23 | 24 24 | 25 25 | 26 26 | 27 27 | 28 28 |"},
{"a*", "ABC def GHI", "0 0 | 1 1 | 2 2 | 3 3 | 4 4 | 5 5 | 6 6 | 7 7 | 8 8 | 9 9 | 10 10 | 11 11 |"},
{"a*", "héllo wörld", "0 0 | 1 1 | 3 3 | 4 4 | 5 5 | 6 6 | 7 7 | 8 8 | 10 10 | 11 11 | 12 12 | 13 13 |"},
{"a*", "a\nb a-b", "0 1 | 2 2 | 3 3 | 4 5 | 6 6 | 7 7 |"},
{"a*", "aabbb ab", "0 2 | 3 3 | 4 4 | 5 5 | 6 7 | 8 8 |"},
{"a*", "abcd cd ab", "0 1 | 2 2 | 3 3 | 4 4 | 5 5 | 6 6 | 7 7 | 8 9 | 10 10 |"},
{"a*", "éé e é", "0 0 | 2 2 | 4 4 | 5 5 | 6 6 | 7 7 | 9 9 |"},
{"(a)|(b)", "aaa ba", "0 1 0 1 -1 -1 | 1 2 1 2 -1 -1 | 2 3 2 3 -1 -1 | 4 5 -1 -1 4 5 | 5 6 5 6 -1 -1 |"},
{"(a)|(b)", "foo foobar foo", "7 8 -1 -1 7 8 | 8 9 8 9 -1 -1 |"},
{"(a)|(b)", "bab", "0 1 -1 -1 0 1 | 1 2 1 2 -1 -1 | 2 3 -1 -1 2 3 |"},
{"(a)|(b)", "Hello HELLO", ""},
{"(a)|(b)", "one\ntwo\nthree", ""},
{"(a)|(b)", "xx", ""},
{"(a)|(b)", "a1b22c333", "0 1 0 1 -1 -1 | 2 3 -1 -1 2 3 |"},
{"(a)|(b)", "x joe@site.com y ann@web.com", "17 18 17 18 -1 -1 | 23 24 -1 -1 23 24 |"},
{"(a)|(b)", "ABC def GHI", ""},
{"(a)|(b)", "héllo wörld", ""},
{"(a)|(b)", "a\nb a-b", "0 1 0 1 -1 -1 | 2 3 -1 -1 2 3 | 4 5 4 5 -1 -1 | 6 7 -1 -1 6 7 |"},
{"(a)|(b)", "aabbb ab", "0 1 0 1 -1 -1 | 1 2 1 2 -1 -1 | 2 3 -1 -1 2 3 | 3 4 -1 -1 3 4 | 4 5 -1 -1 4 5 | 6 7 6 7 -1 -1 | 7 8 -1 -1 7 8 |"},
{"(a)|(b)", "abcd cd ab", "0 1 0 1 -1 -1 | 1 2 -1 -1 1 2 | 8 9 8 9 -1 -1 | 9 10 -1 -1 9 10 |"},
{"(a)|(b)", "éé e é", ""},
{"(?i)hello", "aaa ba", ""},
{"(?i)hello", "foo foobar foo", ""},
{"(?i)hello", "bab", ""},
{"(?i)hello", "Hello HELLO", "0 5 | 6 11 |"},
{"(?i)hello", "one\ntwo\nthree", ""},
{"(?i)hello", "xx", ""},
{"(?i)hello", "a1b22c333", ""},
{"(?i)hello", "x joe@site.com y ann@web.com", ""},
{"(?i)hello", "ABC def GHI", ""},
{"(?i)hello", "héllo wörld", ""},
{"(?i)hello", "a\nb a-b", ""},
{"(?i)hello", "aabbb ab", ""},
{"(?i)hello", "abcd cd ab", ""},
{"(?i)hello", "éé e é", ""},
{"(?m)^\\w+$", "aaa ba", ""},
{"(?m)^\\w+$", "foo foobar foo", ""},
{"(?m)^\\w+$", "bab", "0 3 |"},
{"(?m)^\\w+$", "Hello HELLO", ""},
{"(?m)^\\w+$", "one\ntwo\nthree", "0 3 | 4 7 | 8 13 |"},
{"(?m)^\\w+$", "xx", "0 2 |"},
{"(?m)^\\w+$", "a1b22c333", "0 9 |"},
{"(?m)^\\w+$", "x joe@site.com y ann@web.com", ""},
{"(?m)^\\w+$", "ABC def GHI", ""},
{"(?m)^\\w+$", "héllo wörld", ""},
{"(?m)^\\w+$", "a\nb a-b", "0 1 |"},
{"(?m)^\\w+$", "aabbb ab", ""},
{"(?m)^\\w+$", "abcd cd ab", ""},
{"(?m)^\\w+$", "éé e é", ""},
{"x*$", "aaa ba", "6 6 |"},
{"x*$", "foo foobar foo", "14 14 |"},
{"x*$", "bab", "3 3 |"},
{"x*$", "Hello HELLO", "11 11 |"},
{"x*$", "one\ntwo\nthree", "13 13 |"},
{"x*$", "xx", "0 2 |"},
{"x*$", "a1b22c333", "9 9 |"},
{"x*$", "x joe@site.com y ann@web.com", "28 28 |"},
{"x*$", "ABC def GHI", "11 11 |"},
{"x*$", "héllo wörld", "13 13 |"},
{"x*$", "a\nb a-b", "7 7 |"},
{"x*$", "aabbb ab", "8 8 |"},
{"x*$", "abcd cd ab", "10 10 |"},
{"x*$", "éé e é", "9 9 |"},
{"\\d+", "aaa ba", ""},
{"\\d+", "foo foobar foo", ""},
{"\\d+", "bab", ""},
{"\\d+", "Hello HELLO", ""},
{"\\d+", "one\ntwo\nthree", ""},
{"\\d+", "xx", ""},
{"\\d+", "a1b22c333", "1 2 | 3 5 | 6 9 |"},
{"\\d+", "x joe@site.com y ann@web.com", ""},
{"\\d+", "ABC def GHI", ""},
{"\\d+", "héllo wörld", ""},
{"\\d+", "a\nb a-b", ""},
{"\\d+", "aabbb ab", ""},
{"\\d+", "abcd cd ab", ""},
{"\\d+", "éé e é", ""},
{"(\\w+)@(\\w+)\\.com", "aaa ba", ""},
{"(\\w+)@(\\w+)\\.com", "foo foobar foo", ""},
{"(\\w+)@(\\w+)\\.com", "bab", ""},
{"(\\w+)@(\\w+)\\.com", "Hello HELLO", ""},
{"(\\w+)@(\\w+)\\.com", "one\ntwo\nthree", ""},
{"(\\w+)@(\\w+)\\.com", "xx", ""},
{"(\\w+)@(\\w+)\\.com", "a1b22c333", ""},
{"(\\w+)@(\\w+)\\.com", "x joe@site.com y ann@web.com", "2 14 2 5 6 10 | 17 28 17 20 21 24 |"},
{"(\\w+)@(\\w+)\\.com", "ABC def GHI", ""},
{"(\\w+)@(\\w+)\\.com", "héllo wörld", ""},
{"(\\w+)@(\\w+)\\.com", "a\nb a-b", ""},
{"(\\w+)@(\\w+)\\.com", "aabbb ab", ""},
{"(\\w+)@(\\w+)\\.com", "abcd cd ab", ""},
{"(\\w+)@(\\w+)\\.com", "éé e é", ""},
{"[[:upper:]]+", "aaa ba", ""},
{"[[:upper:]]+", "foo foobar foo", ""},
{"[[:upper:]]+", "bab", ""},
{"[[:upper:]]+", "Hello HELLO", "0 1 | 6 11 |"},
{"[[:upper:]]+", "one\ntwo\nthree", ""},
{"[[:upper:]]+", "xx", ""},
{"[[:upper:]]+", "a1b22c333", ""},
{"[[:upper:]]+", "x joe@site.com y ann@web.com", ""},
{"[[:upper:]]+", "ABC def GHI", "0 3 | 8 11 |"},
{"[[:upper:]]+", "héllo wörld", ""},
{"[[:upper:]]+", "a\nb a-b", ""},
{"[[:upper:]]+", "aabbb ab", ""},
{"[[:upper:]]+", "abcd cd ab", ""},
{"[[:upper:]]+", "éé e é", ""},
{"\\pL+", "aaa ba", "0 3 | 4 6 |"},
{"\\pL+", "foo foobar foo", "0 3 | 4 10 | 11 14 |"},
{"\\pL+", "bab", "0 3 |"},
{"\\pL+", "Hello HELLO", "0 5 | 6 11 |"},
{"\\pL+", "one\ntwo\nthree", "0 3 | 4 7 | 8 13 |"},
{"\\pL+", "xx", "0 2 |"},
{"\\pL+", "a1b22c333", "0 1 | 2 3 | 5 6 |"},
{"\\pL+", "x joe@site.com y ann@web.com", "0 1 | 2 5 | 6 10 | 11 14 | 15 16 | 17 20 | 21 24 | 25 28 |"},
{"\\pL+", "ABC def GHI", "0 3 | 4 7 | 8 11 |"},
{"\\pL+", "héllo wörld", "0 6 | 7 13 |"},
{"\\pL+", "a\nb a-b", "0 1 | 2 3 | 4 5 | 6 7 |"},
{"\\pL+", "aabbb ab", "0 5 | 6 8 |"},
{"\\pL+", "abcd cd ab", "0 4 | 5 7 | 8 10 |"},
{"\\pL+", "éé e é", "0 4 | 5 6 | 7 9 |"},
{"(?s)a.b", "aaa ba", "2 5 |"},
{"(?s)a.b", "foo foobar foo", ""},
{"(?s)a.b", "bab", ""},
{"(?s)a.b", "Hello HELLO", ""},
{"(?s)a.b", "one\ntwo\nthree", ""},
{"(?s)a.b", "xx", ""},
{"(?s)a.b", "a1b22c333", "0 3 |"},
{"(?s)a.b", "x joe@site.com y ann@web.com", ""},
{"(?s)a.b", "ABC def GHI", ""},
{"(?s)a.b", "héllo wörld", ""},
{"(?s)a.b", "a\nb a-b", "0 3 | 4 7 |"},
{"(?s)a.b", "aabbb ab", "0 3 |"},
{"(?s)a.b", "abcd cd ab", ""},
{"(?s)a.b", "éé e é", ""},
{"a.b", "aaa ba", "2 5 |"},
{"a.b", "foo foobar foo", ""},
{"a.b", "bab", ""},
{"a.b", "Hello HELLO", ""},
{"a.b", "one\ntwo\nthree", ""},
{"a.b", "xx", ""},
{"a.b", "a1b22c333", "0 3 |"},
{"a.b", "x joe@site.com y ann@web.com", ""},
{"a.b", "ABC def GHI", ""},
{"a.b", "héllo wörld", ""},
{"a.b", "a\nb a-b", "4 7 |"},
{"a.b", "aabbb ab", "0 3 |"},
{"a.b", "abcd cd ab", ""},
{"a.b", "éé e é", ""},
{"(a+)(b+)?", "aaa ba", "0 3 0 3 -1 -1 | 5 6 5 6 -1 -1 |"},
{"(a+)(b+)?", "foo foobar foo", "8 9 8 9 -1 -1 |"},
{"(a+)(b+)?", "bab", "1 3 1 2 2 3 |"},
{"(a+)(b+)?", "Hello HELLO", ""},
{"(a+)(b+)?", "one\ntwo\nthree", ""},
{"(a+)(b+)?", "xx", ""},
{"(a+)(b+)?", "a1b22c333", "0 1 0 1 -1 -1 |"},
{"(a+)(b+)?", "x joe@site.com y ann@web.com", "17 18 17 18 -1 -1 |"},
{"(a+)(b+)?", "ABC def GHI", ""},
{"(a+)(b+)?", "héllo wörld", ""},
{"(a+)(b+)?", "a\nb a-b", "0 1 0 1 -1 -1 | 4 5 4 5 -1 -1 |"},
{"(a+)(b+)?", "aabbb ab", "0 5 0 2 2 5 | 6 8 6 7 7 8 |"},
{"(a+)(b+)?", "abcd cd ab", "0 2 0 1 1 2 | 8 10 8 9 9 10 |"},
{"(a+)(b+)?", "éé e é", ""},
{"\\Aab|cd\\z", "aaa ba", ""},
{"\\Aab|cd\\z", "foo foobar foo", ""},
{"\\Aab|cd\\z", "bab", ""},
{"\\Aab|cd\\z", "Hello HELLO", ""},
{"\\Aab|cd\\z", "one\ntwo\nthree", ""},
{"\\Aab|cd\\z", "xx", ""},
{"\\Aab|cd\\z", "a1b22c333", ""},
{"\\Aab|cd\\z", "x joe@site.com y ann@web.com", ""},
{"\\Aab|cd\\z", "ABC def GHI", ""},
{"\\Aab|cd\\z", "héllo wörld", ""},
{"\\Aab|cd\\z", "a\nb a-b", ""},
{"\\Aab|cd\\z", "aabbb ab", ""},
{"\\Aab|cd\\z", "abcd cd ab", "0 2 |"},
{"\\Aab|cd\\z", "éé e é", ""},
{"é+", "aaa ba", ""},
{"é+", "foo foobar foo", ""},
{"é+", "bab", ""},
{"é+", "Hello HELLO", ""},
{"é+", "one\ntwo\nthree", ""},
{"é+", "xx", ""},
{"é+", "a1b22c333", ""},
{"é+", "x joe@site.com y ann@web.com", ""},
{"é+", "ABC def GHI", ""},
{"é+", "héllo wörld", "1 3 |"},
{"é+", "a\nb a-b", ""},
{"é+", "aabbb ab", ""},
{"é+", "abcd cd ab", ""},
{"é+", "éé e é", "0 4 | 7 9 |"},
};
struct ErrCase { const char* pattern; const char* want; };
const ErrCase kErrs[] = {
{"(abc", "error parsing regexp: missing closing ): `(abc`"},
{"abc)", "error parsing regexp: unexpected ): `abc)`"},
{"[a", "error parsing regexp: missing closing ]: `[a`"},
{"a**", "error parsing regexp: invalid nested repetition operator: `**`"},
{"x{2,1}", "error parsing regexp: invalid repeat count: `{2,1}`"},
{"\\", "error parsing regexp: trailing backslash at end of expression: ``"},
{"\\q", "error parsing regexp: invalid escape sequence: `\\q`"},
{"[z-a]", "error parsing regexp: invalid character class range: `z-a`"},
{"(?P<>a)", "error parsing regexp: invalid named capture: `(?P<>`"},
{"*a", "error parsing regexp: missing argument to repetition operator: `*`"},
{"a{1001}", "error parsing regexp: invalid repeat count: `{1001}`"},
{"(?z)", "error parsing regexp: invalid or unsupported Perl syntax: `(?z`"},
{"[[:foo:]]", "error parsing regexp: invalid character class range: `[:foo:]`"},
{"\\pX", "error parsing regexp: invalid character class range: `\\pX`"},
{"a++", "error parsing regexp: invalid nested repetition operator: `++`"},
{"\xff", "error parsing regexp: invalid UTF-8: `\xff`"},
};

// Go's FindAllStringSubmatchIndex(s, -1), formatted as the Go program printed it.
std::string find_all(int64_t h, int64_t nsub, const std::string& s) {
  std::string out;
  int64_t end = static_cast<int64_t>(s.size());
  int64_t prev_end = -1;
  for (int64_t pos = 0; pos <= end;) {
    std::vector<int64_t> m(static_cast<size_t>(2 * (nsub + 1)));
    if (!mgo_regexp_match(nullptr, h, u(s.data()), end, pos, m.data(), static_cast<int64_t>(m.size()),
                          static_cast<int64_t>(m.size())))
      break;
    bool accept = true;
    if (m[1] == pos) {
      if (m[0] == prev_end) accept = false;
      int64_t width = 0;
      if (pos < end) {
        unsigned char c = static_cast<unsigned char>(s[static_cast<size_t>(pos)]);
        width = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      }
      pos = width > 0 ? pos + width : end + 1;
    } else {
      pos = m[1];
    }
    prev_end = m[1];
    if (accept) {
      for (int64_t x : m) out += (out.empty() ? "" : " ") + std::to_string(x);
      out += out.empty() ? "|" : " |";
    }
  }
  return out;
}

}  // namespace

TEST(Regexp, AllMatchesMatchGo) {
  for (const AllCase& c : kAll) {
    CompileOut co;
    mgo_regexp_compile(nullptr, &co, u(c.pattern), static_cast<int64_t>(strlen(c.pattern)), false, false);
    ASSERT_GE(co.handle, 0) << c.pattern;
    EXPECT_EQ(find_all(co.handle, co.nsub, c.input), c.want) << c.pattern << " on " << c.input;
  }
}

TEST(Regexp, CompileErrorsMatchGo) {
  for (const ErrCase& c : kErrs) {
    CompileOut co;
    mgo_regexp_compile(nullptr, &co, u(c.pattern), static_cast<int64_t>(strlen(c.pattern)), false, false);
    EXPECT_EQ(co.handle, -1) << c.pattern;
    EXPECT_EQ(mgotest::str(co.err), c.want) << c.pattern;
  }
}

// CompilePOSIX (posix = true, leftmost-longest): Go's syntax.POSIX. Offsets and error
// texts recorded from Go 1.19 (regexp.MustCompilePOSIX(p).FindAllStringSubmatchIndex,
// regexp.CompilePOSIX(p) errors).
TEST(Regexp, PosixSyntaxMatchesGo) {
  const AllCase all[] = {
      {"[^a]+", "b\nb", "0 1 | 2 3 |"},  // a negated class never matches \n
      {"^b", "a\nb", "2 3 |"},           // ^ and $ at line boundaries
      {"a$", "a\na", "0 1 | 2 3 |"},
      {"[^]-a]+", "_\nq", "2 3 |"},      // ] first is literal and starts a range
      {"(a|ab)(c|bcd)(d*)", "abcd", "0 4 0 1 1 4 4 4 |"},
  };
  for (const AllCase& c : all) {
    CompileOut co;
    mgo_regexp_compile(nullptr, &co, u(c.pattern), static_cast<int64_t>(strlen(c.pattern)), true, true);
    ASSERT_GE(co.handle, 0) << c.pattern;
    EXPECT_EQ(find_all(co.handle, co.nsub, c.input), c.want) << c.pattern << " on " << c.input;
  }
  const ErrCase errs[] = {
      {"\\d", "error parsing regexp: invalid escape sequence: `\\d`"},
      {"[^a", "error parsing regexp: missing closing ]: `[^a`"},
      {"(?i)a", "error parsing regexp: missing argument to repetition operator: `?`"},
      {"\\pL", "error parsing regexp: invalid escape sequence: `\\p`"},
  };
  for (const ErrCase& c : errs) {
    CompileOut co;
    mgo_regexp_compile(nullptr, &co, u(c.pattern), static_cast<int64_t>(strlen(c.pattern)), true, true);
    EXPECT_EQ(co.handle, -1) << c.pattern;
    EXPECT_EQ(mgotest::str(co.err), c.want) << c.pattern;
  }
}
