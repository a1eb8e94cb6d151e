// regexp.cc — package regexp's matcher on RE2 (Go's regexp syntax is RE2's). Compiled
// programs live in a registry for the life of the process and are named by an index
// (regexp.go keeps it in Regexp.handle): Go code never holds a C++ pointer.
//
// Four operations cross the boundary: compile (with Go's error text), match at a
// position with the whole string as context (so ^ and \b see the text before pos, as Go's
// doExecute does), the capture-group names, and fixUTF8, which gives RE2 a copy of an
// invalid UTF-8 input with every bad byte as U+FFFD (Go's matcher reads it so) plus the
// offset maps regexp.go uses to translate positions both ways. Iteration over all matches, empty-match
// rules, $-expansion and Split are Go code in regexp.go, written as Go's are.
#include <re2/re2.h>

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>
#include <cstring>

#include "runtime/rt.h"
#include "stdlib/fmt_internal.h"
#include "stdlib/symbols.h"
#include "stdlib/utf8.h"

namespace {

using mgo::std::fmt::make_go_string;

struct Registry {
  ::std::mutex mu;
  ::std::deque<::std::unique_ptr<re2::RE2>> progs;  // deque: entries never move
};
Registry& registry() {
  static Registry* r = new Registry;
  return *r;
}

re2::RE2* prog(int64_t h) {
  Registry& r = registry();
  ::std::lock_guard<::std::mutex> lock(r.mu);
  return r.progs[static_cast<size_t>(h)].get();
}

// Go's regexp/syntax error text for an RE2 error code.
const char* go_error_code(re2::RE2::ErrorCode c) {
  switch (c) {
    case re2::RE2::ErrorBadEscape: return "invalid escape sequence";
    case re2::RE2::ErrorBadCharClass: return "invalid character class";
    case re2::RE2::ErrorBadCharRange: return "invalid character class range";
    case re2::RE2::ErrorMissingBracket: return "missing closing ]";
    case re2::RE2::ErrorMissingParen: return "missing closing )";
    case re2::RE2::ErrorUnexpectedParen: return "unexpected )";
    case re2::RE2::ErrorTrailingBackslash: return "trailing backslash at end of expression";
    case re2::RE2::ErrorRepeatArgument: return "missing argument to repetition operator";
    case re2::RE2::ErrorRepeatSize: return "invalid repeat count";
    case re2::RE2::ErrorRepeatOp: return "invalid nested repetition operator";
    case re2::RE2::ErrorBadPerlOp: return "invalid or unsupported Perl syntax";
    case re2::RE2::ErrorBadUTF8: return "invalid UTF-8";
    case re2::RE2::ErrorBadNamedCapture: return "invalid named capture";
    case re2::RE2::ErrorPatternTooLarge: return "expression too large";
    default: return "regexp/syntax: internal error";
  }
}

// One class character at expr[i] (an escape is two bytes; a \x{...} or octal escape's
// tail is an ordinary character run, which cannot end a class early): its end.
size_t class_char_end(const ::std::string& expr, size_t i) {
  return (expr[i] == '\\' && i + 1 < expr.size()) ? i + 2 : i + 1;
}

// Go's parser without ClassNL puts \n into every negated class before negating it; RE2
// always allows a negated class to match \n. The same effect: write \n into each [^...]
// after its leading items (a literal ] or - first, and a range they may start), where it
// cannot form a range with a neighbour.
::std::string exclude_newline_from_negated_classes(const ::std::string& expr) {
  ::std::string out;
  size_t i = 0;
  while (i < expr.size()) {
    char c = expr[i];
    if (c == '\\') {
      out.append(expr, i, 2);
      i += 2;
      continue;
    }
    if (c != '[') {
      out += c;
      i++;
      continue;
    }
    size_t start = i;
    i++;
    bool negated = i < expr.size() && expr[i] == '^';
    if (negated) i++;
    size_t at = i;  // where \n goes
    if (at < expr.size() && (expr[at] == ']' || (negated && expr[at] == '-'))) {
      at++;
      if (at + 1 < expr.size() && expr[at] == '-' && expr[at + 1] != ']') at = class_char_end(expr, at + 1);
    }
    // The rest of the class: up to a ] that does not close a [:name:].
    size_t j = at;
    while (j < expr.size() && expr[j] != ']') {
      if (expr[j] == '[' && j + 1 < expr.size() && expr[j + 1] == ':') {
        size_t e = expr.find(":]", j + 2);
        j = e == ::std::string::npos ? expr.size() : e + 2;
        continue;
      }
      j = class_char_end(expr, j);
    }
    if (at > expr.size()) at = expr.size();
    out.append(expr, start, at - start);
    if (negated) out += "\\n";
    size_t end = j < expr.size() ? j + 1 : expr.size();
    out.append(expr, at, end - at);
    i = end;
  }
  return out;
}

struct CompileOut {
  int64_t handle;   // -1 on error
  int64_t nsub;     // number of capture groups
  String err;       // Go's error text when handle < 0
};

}  // namespace

extern "C" {

// func compile(expr string, longest, posix bool) (handle int, nsub int, err string)
void mgo_regexp_compile(G* g, CompileOut* out, const uint8_t* p, int64_t n, bool longest, bool posix) {
  re2::RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_longest_match(longest);
  opt.set_max_mem(int64_t{64} << 20);
  // Go's syntax.POSIX: no Perl escapes, classes, flags or non-greedy operators, ^ and $
  // match at line boundaries (RE2's one_line off); negated classes never match \n.
  opt.set_posix_syntax(posix);
  ::std::string expr(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
  ::std::string given = expr;  // error texts quote the expression as written
  if (posix) expr = exclude_newline_from_negated_classes(expr);
  // RE2 accepts \C (any byte); Go's syntax has no such escape.
  for (size_t i = 0; i + 1 < expr.size(); i++) {
    if (expr[i] != '\\') continue;
    if (expr[i + 1] == 'Q') {  // \Q...\E is literal text
      size_t e = expr.find("\\E", i + 2);
      if (e == ::std::string::npos) break;
      i = e + 1;
      continue;
    }
    if (expr[i + 1] == 'C') {
      *out = CompileOut{-1, 0, make_go_string(g, "error parsing regexp: invalid escape sequence: `\\C`")};
      return;
    }
    i++;  // skip the escaped character
  }
  auto re = ::std::make_unique<re2::RE2>(expr, opt);
  if (!re->ok() && expr != given) re = ::std::make_unique<re2::RE2>(given, opt);  // its error text
  if (!re->ok()) {
    ::std::string msg = "error parsing regexp: ";
    msg += go_error_code(re->error_code());
    msg += ": `";
    if (re->error_code() == re2::RE2::ErrorBadUTF8) {
      // Go reports the text from the first invalid byte on (RE2 reports nothing).
      size_t i = 0;
      while (i < given.size()) {
        int w;
        int32_t r = mgo::std::utf8::decode(reinterpret_cast<const uint8_t*>(given.data()) + i,
                                           static_cast<int64_t>(given.size() - i), &w);
        if (r == mgo::std::utf8::RuneError && w == 1) break;
        i += static_cast<size_t>(w);
      }
      msg += given.substr(i);
    } else {
      msg += re->error_arg();
    }
    msg += "`";
    *out = CompileOut{-1, 0, make_go_string(g, msg)};
    return;
  }
  int nsub = re->NumberOfCapturingGroups();
  Registry& r = registry();
  ::std::lock_guard<::std::mutex> lock(r.mu);
  r.progs.push_back(::std::move(re));
  *out = CompileOut{static_cast<int64_t>(r.progs.size() - 1), nsub, String{nullptr, 0}};
}

// func fixUTF8(s string) (t string, toT []int, toS []int)
struct FixOut {
  String t;
  Slice to_t, to_s;
};
void mgo_regexp_fixUTF8(G* g, FixOut* out, const uint8_t* s, int64_t n) {
  namespace u8 = mgo::std::utf8;
  ::std::string t;
  t.reserve(static_cast<size_t>(n) + 16);
  auto* to_t = static_cast<int64_t*>(mgo_rt_mallocgc(g, static_cast<uint64_t>(n + 1) * 8, nullptr));
  ::std::vector<int64_t> to_s;
  to_s.reserve(static_cast<size_t>(n) + 16);
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = u8::decode(s + i, n - i, &w);
    int64_t start = static_cast<int64_t>(t.size());
    if (r == u8::RuneError && w == 1) t += "\xEF\xBF\xBD";
    else t.append(reinterpret_cast<const char*>(s + i), static_cast<size_t>(w));
    for (int k = 0; k < w; k++) to_t[i + k] = start + k;  // inside a valid rune: 1:1
    while (static_cast<int64_t>(to_s.size()) < static_cast<int64_t>(t.size())) to_s.push_back(i);
    if (w > 1) for (int k = 0; k < w; k++) to_s[static_cast<size_t>(start + k)] = i + k;
    i += w;
  }
  to_t[n] = static_cast<int64_t>(t.size());
  to_s.push_back(n);
  auto* ts = static_cast<int64_t*>(mgo_rt_mallocgc(g, to_s.size() * 8, nullptr));
  memcpy(ts, to_s.data(), to_s.size() * 8);
  int64_t ns = static_cast<int64_t>(to_s.size());
  *out = FixOut{make_go_string(g, t), Slice{to_t, n + 1, n + 1}, Slice{ts, ns, ns}};
}

// func match(h int, s string, pos int, dst []int) bool
// Fills dst (length 2*k) with the byte offsets of the match and its first k-1 groups,
// -1 for groups that did not participate. len(dst) == 0 asks only whether there is one.
bool mgo_regexp_match(G* g, int64_t h, const uint8_t* s, int64_t n, int64_t pos, int64_t* dst, int64_t dlen,
                      int64_t dcap) {
  re2::RE2* re = prog(h);
  if (pos < 0 || pos > n) return false;
  // An empty Go string may have a nil pointer, and RE2 reports a group that did not take
  // part as a nil data(): give it a real (empty) buffer so an empty match is told apart.
  static const char kEmpty[1] = {0};
  const char* base = n == 0 ? kEmpty : reinterpret_cast<const char*>(s);
  re2::StringPiece text(base, static_cast<size_t>(n));
  int nsub = static_cast<int>(dlen / 2);
  re2::StringPiece small[8];
  ::std::unique_ptr<re2::StringPiece[]> big;
  re2::StringPiece* sub = small;
  if (nsub > 8) {
    big.reset(new re2::StringPiece[static_cast<size_t>(nsub)]);
    sub = big.get();
  }
  if (!re->Match(text, static_cast<size_t>(pos), static_cast<size_t>(n), re2::RE2::UNANCHORED, sub, nsub))
    return false;
  for (int i = 0; i < nsub; i++) {
    if (sub[i].data() == nullptr) {
      dst[2 * i] = dst[2 * i + 1] = -1;
    } else {
      int64_t b = sub[i].data() - base;
      dst[2 * i] = b;
      dst[2 * i + 1] = b + static_cast<int64_t>(sub[i].size());
    }
  }
  return true;
}

// func subexpName(h int, i int) string: the name of group i ("" if unnamed).
String mgo_regexp_subexpName(G* g, int64_t h, int64_t i) {
  re2::RE2* re = prog(h);
  const auto& names = re->CapturingGroupNames();
  auto it = names.find(static_cast<int>(i));
  if (it == names.end()) return String{nullptr, 0};
  return make_go_string(g, it->second);
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* regexp_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_regexp_compile), MGO_SYM(mgo_regexp_fixUTF8),
      MGO_SYM(mgo_regexp_match),
      MGO_SYM(mgo_regexp_subexpName),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
