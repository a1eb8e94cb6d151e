// strings.cc — the hot or Unicode-heavy parts of package strings (stdlib/go/strings.go):
// substring search (memchr/memmem), Count, Repeat, case mapping with Go's tables,
// EqualFold with Go's simple case folding, and the per-word calls of text scripts
// (Fields, Trim/TrimLeft/TrimRight/TrimSpace), which return substrings of their input.
#include <cstring>
#include <string>

#include "runtime/fatal.h"
#include "runtime/rt.h"
#include "stdlib/fmt_internal.h"
#include "stdlib/symbols.h"
#include "stdlib/unicode_rangetables.h"
#include "stdlib/unicode_tables.h"
#include "stdlib/utf8.h"

namespace {

namespace ut = mgo::std::unicode_tables;
namespace u8 = mgo::std::utf8;
using mgo::std::fmt::make_go_string;

int64_t index_of(const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m) {
  if (m == 0) return 0;
  if (m > n) return -1;
  // memchr for the first byte, then compare: far cheaper than memmem's set-up for the
  // short needles of scripts (Contains(line, "ERROR")). After too many false starts (a
  // needle whose first byte is common), memmem's two-way search takes the rest.
  const int64_t last = n - m;
  if (n <= 64) {
    // A short haystack (a line, a field): test first and last byte of the needle at each
    // position, compare the middle only when both match.
    const uint8_t c0 = sub[0], c1 = sub[m - 1];
    for (int64_t i = 0; i <= last; i++) {
      if (s[i] != c0 || s[i + m - 1] != c1) continue;
      int64_t j = 1;
      while (j < m - 1 && s[i + j] == sub[j]) j++;
      if (j >= m - 1) return i;
    }
    return -1;
  }
  int64_t i = 0, fails = 0;
  while (i <= last) {
    const void* p = memchr(s + i, sub[0], static_cast<size_t>(last - i + 1));
    if (p == nullptr) return -1;
    i = static_cast<const uint8_t*>(p) - s;
    if (memcmp(s + i + 1, sub + 1, static_cast<size_t>(m - 1)) == 0) return i;
    i++;
    if (++fails > 8 + (i >> 4)) {
      const void* q = memmem(s + i, static_cast<size_t>(n - i), sub, static_cast<size_t>(m));
      return q ? static_cast<const uint8_t*>(q) - s : -1;
    }
  }
  return -1;
}

bool is_ascii(const uint8_t* s, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    if (s[i] >= 0x80) return false;
  return true;
}

// Go's strings.Map for a rune mapping that never drops runes: returns the input itself
// when nothing changes; invalid UTF-8 bytes become U+FFFD.
String map_runes(G* g, const uint8_t* s, int64_t n, const ut::CaseTable& table, bool upper_ascii, bool lower_ascii) {
  if (is_ascii(s, n)) {
    int64_t i = 0;
    for (; i < n; i++) {
      uint8_t c = s[i];
      if ((upper_ascii && 'a' <= c && c <= 'z') || (lower_ascii && 'A' <= c && c <= 'Z')) break;
    }
    if (i == n) return String{s, n};
    auto* out = static_cast<uint8_t*>(mgo_rt_mallocgc(g, static_cast<uint64_t>(n), nullptr));
    for (int64_t j = 0; j < n; j++) {
      uint8_t c = s[j];
      if (upper_ascii && 'a' <= c && c <= 'z') c = static_cast<uint8_t>(c - 'a' + 'A');
      else if (lower_ascii && 'A' <= c && c <= 'Z') c = static_cast<uint8_t>(c - 'A' + 'a');
      out[j] = c;
    }
    return String{out, n};
  }
  ::std::string out;
  out.reserve(static_cast<size_t>(n));
  bool changed = false;
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t c = u8::decode(s + i, n - i, &w);
    int32_t r = ut::map(table, c);
    if (r != c || (c == u8::RuneError && w == 1)) changed = true;
    u8::append(out, r);
    i += w;
  }
  if (!changed) return String{s, n};
  return make_go_string(g, out);
}


// ---- Fields and the Trim family: Go's rune-by-rune semantics (an invalid byte is
// U+FFFD of width 1), with byte tables for the ASCII cases Go also special-cases. ----

constexpr bool ascii_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// 1 for the ASCII white space bytes unicode.IsSpace accepts, 0 for every other byte.
constexpr struct AsciiSpaceTable {
  uint8_t v[256] = {};
  constexpr AsciiSpaceTable() {
    for (int c = 0; c < 128; c++) v[c] = ascii_space(static_cast<uint8_t>(c));
  }
  constexpr int64_t operator[](uint8_t c) const { return v[c]; }
} kAsciiSpace;

// is_space_at: whether the rune at p[0..n) is unicode.IsSpace; *w gets its width.
inline bool is_space_at(const uint8_t* p, int64_t n, int* w) {
  if (p[0] < 0x80) { *w = 1; return ascii_space(p[0]); }
  return ut::in(ut::space, u8::decode(p, n, w));
}

// A Trim cutset: a byte bitmap when it is all ASCII, else its runes are searched as
// strings.ContainsRune does (RuneError matches an invalid byte or a literal U+FFFD).
class Cutset {
 public:
  Cutset(const uint8_t* p, int64_t n) : p_(p), n_(n) {
    for (int64_t i = 0; i < n; i++) {
      if (p[i] >= 0x80) { ascii_ = false; return; }
      bits_[p[i] >> 6] |= uint64_t(1) << (p[i] & 63);
    }
  }
  bool ascii() const { return ascii_; }
  bool has_byte(uint8_t c) const { return c < 0x80 && (bits_[c >> 6] >> (c & 63)) & 1; }
  bool has_rune(int32_t r) const {
    if (r >= 0 && r < 0x80) return memchr(p_, r, static_cast<size_t>(n_)) != nullptr;
    if (r != u8::RuneError && !u8::valid_rune(r)) return false;
    for (int64_t i = 0; i < n_;) {
      int w;
      if (u8::decode(p_ + i, n_ - i, &w) == r) return true;
      i += w;
    }
    return false;
  }

 private:
  const uint8_t* p_;
  int64_t n_;
  bool ascii_ = true;
  uint64_t bits_[2] = {0, 0};
};

// The number of leading bytes of s[0..n) whose runes are in cs.
int64_t trim_left_len(const uint8_t* s, int64_t n, const Cutset& cs) {
  int64_t i = 0;
  if (cs.ascii()) {
    while (i < n && cs.has_byte(s[i])) i++;
    return i;
  }
  while (i < n) {
    int w = 1;
    int32_t r = s[i] < 0x80 ? s[i] : u8::decode(s + i, n - i, &w);
    if (!cs.has_rune(r)) break;
    i += w;
  }
  return i;
}

// The length of s[0..n) once its trailing runes in cs are cut.
int64_t trim_right_len(const uint8_t* s, int64_t n, const Cutset& cs) {
  if (cs.ascii()) {
    while (n > 0 && cs.has_byte(s[n - 1])) n--;
    return n;
  }
  while (n > 0) {
    int w = 1;
    int32_t r = s[n - 1] < 0x80 ? s[n - 1] : u8::decode_last(s, n, &w);
    if (!cs.has_rune(r)) break;
    n -= w;
  }
  return n;
}

}  // namespace

extern "C" {

int64_t mgo_strings_Index(G* g, const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m) {
  return index_of(s, n, sub, m);
}

int64_t mgo_strings_LastIndex(G* g, const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m) {
  if (m == 0) return n;
  for (int64_t i = n - m; i >= 0; i--)
    if (memcmp(s + i, sub, static_cast<size_t>(m)) == 0) return i;
  return -1;
}

int64_t mgo_strings_IndexByte(G* g, const uint8_t* s, int64_t n, uint8_t c) {
  if (n <= 0) return -1;
  const void* p = memchr(s, c, static_cast<size_t>(n));
  return p ? static_cast<const uint8_t*>(p) - s : -1;
}

int64_t mgo_strings_LastIndexByte(G* g, const uint8_t* s, int64_t n, uint8_t c) {
  for (int64_t i = n - 1; i >= 0; i--)
    if (s[i] == c) return i;
  return -1;
}

int64_t mgo_strings_Count(G* g, const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m) {
  if (m == 0) return u8::rune_count(s, n) + 1;
  int64_t count = 0;
  for (int64_t i = 0;;) {
    int64_t j = index_of(s + i, n - i, sub, m);
    if (j < 0) return count;
    count++;
    i += j + m;
  }
}

String mgo_strings_repeat(G* g, const uint8_t* s, int64_t n, int64_t count) {
  int64_t total = n * count;
  if (total == 0) return String{nullptr, 0};
  auto* out = static_cast<uint8_t*>(mgo_rt_mallocgc(g, static_cast<uint64_t>(total), nullptr));
  for (int64_t i = 0; i < count; i++) memcpy(out + i * n, s, static_cast<size_t>(n));
  return String{out, total};
}

String mgo_strings_ToUpper(G* g, const uint8_t* s, int64_t n) { return map_runes(g, s, n, ut::to_upper, true, false); }
String mgo_strings_ToLower(G* g, const uint8_t* s, int64_t n) { return map_runes(g, s, n, ut::to_lower, false, true); }
String mgo_strings_ToTitle(G* g, const uint8_t* s, int64_t n) { return map_runes(g, s, n, ut::to_title, true, false); }

bool mgo_strings_EqualFold(G* g, const uint8_t* s, int64_t sn, const uint8_t* t, int64_t tn) {
  int64_t i = 0, j = 0;
  while (i < sn && j < tn) {
    int32_t sr, tr;
    int w;
    if (s[i] < 0x80) { sr = s[i]; i++; }
    else { sr = u8::decode(s + i, sn - i, &w); i += w; }
    if (t[j] < 0x80) { tr = t[j]; j++; }
    else { tr = u8::decode(t + j, tn - j, &w); j += w; }
    if (tr == sr) continue;
    if (tr < sr) { int32_t x = tr; tr = sr; sr = x; }
    if (tr < u8::RuneSelf) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = ut::map(ut::simple_fold, sr);
    while (r != sr && r < tr) r = ut::map(ut::simple_fold, r);
    if (r == tr) continue;
    return false;
  }
  return i == sn && j == tn;
}

// func Fields(s string) []string: the fields between runs of unicode.IsSpace runes, as
// substrings of s; never nil (Go makes the result slice even when it is empty). An
// all-ASCII s (the common case) is cut with a byte table, branch-free when counting.
void mgo_strings_Fields(G* g, Slice* out, const uint8_t* s, int64_t n) {
  uint8_t bits = 0;
  for (int64_t i = 0; i < n; i++) bits |= s[i];
  int64_t count = 0;
  if (bits < 0x80) {
    int64_t was_space = 1;
    for (int64_t i = 0; i < n; i++) {
      int64_t sp = kAsciiSpace[s[i]];
      count += was_space & ~sp;
      was_space = sp;
    }
  } else {
    bool in_field = false;
    for (int64_t i = 0; i < n;) {
      int w;
      bool sp = is_space_at(s + i, n - i, &w);
      if (!sp && !in_field) count++;
      in_field = !sp;
      i += w;
    }
  }
  auto* a = static_cast<String*>(mgo_rt_mallocgc(g, static_cast<uint64_t>(count) * sizeof(String), nullptr));
  int64_t k = 0, i = 0;
  if (bits < 0x80) {
    while (k < count) {
      while (kAsciiSpace[s[i]]) i++;  // count says another field follows
      int64_t start = i;
      while (i < n && !kAsciiSpace[s[i]]) i++;
      a[k++] = String{const_cast<uint8_t*>(s + start), i - start};
    }
  } else {
    int64_t start = -1;
    while (i < n) {
      int w;
      if (is_space_at(s + i, n - i, &w)) {
        if (start >= 0) a[k++] = String{const_cast<uint8_t*>(s + start), i - start};
        start = -1;
      } else if (start < 0) {
        start = i;
      }
      i += w;
    }
    if (start >= 0) a[k++] = String{const_cast<uint8_t*>(s + start), n - start};
    if (k != count) mgo::rt::throw_("strings.Fields: field count changed between passes");
  }
  *out = Slice{a, count, count};
}

String mgo_strings_Trim(G* g, const uint8_t* s, int64_t n, const uint8_t* c, int64_t cn) {
  if (n == 0 || cn == 0) return String{const_cast<uint8_t*>(s), n};
  Cutset cs(c, cn);
  int64_t end = trim_right_len(s, n, cs);
  int64_t start = trim_left_len(s, end, cs);
  return String{const_cast<uint8_t*>(s + start), end - start};
}

String mgo_strings_TrimLeft(G* g, const uint8_t* s, int64_t n, const uint8_t* c, int64_t cn) {
  if (n == 0 || cn == 0) return String{const_cast<uint8_t*>(s), n};
  int64_t start = trim_left_len(s, n, Cutset(c, cn));
  return String{const_cast<uint8_t*>(s + start), n - start};
}

String mgo_strings_TrimRight(G* g, const uint8_t* s, int64_t n, const uint8_t* c, int64_t cn) {
  if (n == 0 || cn == 0) return String{const_cast<uint8_t*>(s), n};
  return String{const_cast<uint8_t*>(s), trim_right_len(s, n, Cutset(c, cn))};
}

String mgo_strings_TrimSpace(G* g, const uint8_t* s, int64_t n) {
  int64_t start = 0, end = n;
  while (start < end) {
    int w;
    if (!is_space_at(s + start, end - start, &w)) break;
    start += w;
  }
  while (end > start) {
    int w = 1;
    int32_t r = s[end - 1] < 0x80 ? s[end - 1] : u8::decode_last(s + start, end - start, &w);
    if (!(r < 0x80 ? ascii_space(static_cast<uint8_t>(r)) : ut::in(ut::space, r))) break;
    end -= w;
  }
  return String{const_cast<uint8_t*>(s + start), end - start};
}

// func replace(s, old, new string, n int) string: Replace's copy loop, n (>= 1) being the
// number of replacements Replace settled on (at most Count(s, old)). An empty old matches
// before every rune and at the end, as Go's.
String mgo_strings_replace(G* g, const uint8_t* s, int64_t sn, const uint8_t* old, int64_t on, const uint8_t* nw,
                           int64_t nn, int64_t n) {
  int64_t total = sn + n * (nn - on);
  auto* out = static_cast<uint8_t*>(mgo_rt_mallocgc(g, static_cast<uint64_t>(total), nullptr));
  uint8_t* w = out;
  int64_t start = 0;
  auto put = [&w](const uint8_t* p, int64_t len) {
    if (len > 0) memcpy(w, p, static_cast<size_t>(len));
    w += len;
  };
  for (int64_t i = 0; i < n; i++) {
    int64_t j = start;
    if (on == 0) {
      if (i > 0) {
        int wid;
        u8::decode(s + start, sn - start, &wid);
        j += wid;
      }
    } else {
      j += index_of(s + start, sn - start, old, on);
    }
    put(s + start, j - start);
    put(nw, nn);
    start = j + on;
  }
  put(s + start, sn - start);
  if (w - out != total) mgo::rt::throw_("strings.Replace: output length changed");
  return String{out, total};
}

// func splitN(s, sep string, sepSave, n int) []string: genSplit for a non-empty sep and
// n > 0 pieces at most; the result has capacity n, as Go's make([]string, n)[:i+1].
void mgo_strings_splitN(G* g, Slice* out, const uint8_t* s, int64_t sn, const uint8_t* sep, int64_t pn,
                        int64_t sep_save, int64_t n) {
  auto* a = static_cast<String*>(mgo_rt_mallocgc(g, static_cast<uint64_t>(n) * sizeof(String), nullptr));
  int64_t i = 0, pos = 0;
  while (i < n - 1) {
    int64_t m = index_of(s + pos, sn - pos, sep, pn);
    if (m < 0) break;
    a[i++] = String{const_cast<uint8_t*>(s + pos), m + sep_save};
    pos += m + pn;
  }
  a[i] = String{const_cast<uint8_t*>(s + pos), sn - pos};
  *out = Slice{a, i + 1, n};
}

// func join(elems []string, sep string) string: Join for two or more elements.
String mgo_strings_join(G* g, const String* elems, int64_t len, int64_t cap, const uint8_t* sep, int64_t seplen) {
  int64_t total = seplen * (len - 1);
  for (int64_t i = 0; i < len; i++) total += elems[i].len;
  if (total == 0) return String{nullptr, 0};
  auto* out = static_cast<uint8_t*>(mgo_rt_mallocgc(g, static_cast<uint64_t>(total), nullptr));
  uint8_t* w = out;
  for (int64_t i = 0; i < len; i++) {
    if (i > 0 && seplen > 0) {
      memcpy(w, sep, static_cast<size_t>(seplen));
      w += seplen;
    }
    if (elems[i].len > 0) {
      memcpy(w, elems[i].ptr, static_cast<size_t>(elems[i].len));
      w += elems[i].len;
    }
  }
  return String{out, total};
}

String mgo_strings_unsafeString(G* g, uint8_t* p, int64_t len, int64_t cap) { return String{p, len}; }

// ---- unicode/utf8 ----
struct RuneSize { int32_t r; int64_t size; };

void mgo_unicode_utf8_DecodeRuneInString(G* g, RuneSize* out, const uint8_t* s, int64_t n) {
  int w;
  out->r = u8::decode(s, n, &w);
  out->size = w;
}

void mgo_unicode_utf8_DecodeLastRuneInString(G* g, RuneSize* out, const uint8_t* s, int64_t n) {
  int w;
  out->r = u8::decode_last(s, n, &w);
  out->size = w;
}

int64_t mgo_unicode_utf8_RuneCountInString(G* g, const uint8_t* s, int64_t n) { return u8::rune_count(s, n); }

bool mgo_unicode_utf8_ValidString(G* g, const uint8_t* s, int64_t n) {
  for (int64_t i = 0; i < n;) {
    if (i + 8 <= n) {  // eight ASCII bytes at a time (regexp checks whole inputs)
      uint64_t w;
      memcpy(&w, s + i, 8);
      if ((w & 0x8080808080808080ull) == 0) { i += 8; continue; }
    }
    if (s[i] < 0x80) { i++; continue; }
    int w;
    int32_t r = u8::decode(s + i, n - i, &w);
    if (r == u8::RuneError && w == 1) return false;
    i += w;
  }
  return true;
}

// ---- unicode ----
#define MGO_UNICODE_IS(Name, table) \
  bool mgo_unicode_##Name(G* g, int32_t r) { return ut::in(ut::table, r); }
MGO_UNICODE_IS(IsLetter, letter)
MGO_UNICODE_IS(IsDigit, digit)
MGO_UNICODE_IS(IsNumber, number)
MGO_UNICODE_IS(IsSpace, space)
MGO_UNICODE_IS(IsUpper, upper)
MGO_UNICODE_IS(IsLower, lower)
MGO_UNICODE_IS(IsTitle, title)
MGO_UNICODE_IS(IsPunct, punct)
MGO_UNICODE_IS(IsControl, control)
MGO_UNICODE_IS(IsGraphic, graphic)
MGO_UNICODE_IS(IsPrint, print)
MGO_UNICODE_IS(IsSymbol, symbol)
MGO_UNICODE_IS(IsMark, mark)
int32_t mgo_unicode_ToUpper(G* g, int32_t r) { return ut::map(ut::to_upper, r); }
int32_t mgo_unicode_ToLower(G* g, int32_t r) { return ut::map(ut::to_lower, r); }
int32_t mgo_unicode_ToTitle(G* g, int32_t r) { return ut::map(ut::to_title, r); }
// func rangeTableData(id int) (r16 []Range16, r32 []Range32, latinOffset int)
struct RangeTableOut { Slice r16, r32; int64_t latin_offset; };
void mgo_unicode_rangeTableData(G* g, RangeTableOut* out, int64_t id) {
  if (id < 0 || id >= ut::kNumRangeTables) mgo::rt::throw_("unicode: no such RangeTable");
  const ut::GoRangeTable& t = ut::kRangeTables[id];
  *out = RangeTableOut{Slice{t.r16, t.n16, t.n16}, Slice{t.r32, t.n32, t.n32}, t.latin_offset};
}

int32_t mgo_unicode_SimpleFold(G* g, int32_t r) {
  if (r < 0 || r > u8::MaxRune) return r;
  return ut::map(ut::simple_fold, r);
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* strings_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_strings_Index),       MGO_SYM(mgo_strings_LastIndex),   MGO_SYM(mgo_strings_IndexByte),
      MGO_SYM(mgo_strings_LastIndexByte), MGO_SYM(mgo_strings_Count),     MGO_SYM(mgo_strings_repeat),
      MGO_SYM(mgo_strings_ToUpper),     MGO_SYM(mgo_strings_ToLower),     MGO_SYM(mgo_strings_ToTitle),
      MGO_SYM(mgo_strings_EqualFold),   MGO_SYM(mgo_strings_unsafeString),
      MGO_SYM(mgo_strings_join),        MGO_SYM(mgo_strings_replace),     MGO_SYM(mgo_strings_splitN),
      MGO_SYM(mgo_strings_Fields),      MGO_SYM(mgo_strings_Trim),        MGO_SYM(mgo_strings_TrimLeft),
      MGO_SYM(mgo_strings_TrimRight),   MGO_SYM(mgo_strings_TrimSpace),
      {nullptr, nullptr},
  };
  return table;
}

const ExternSymbol* unicode_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_unicode_utf8_DecodeRuneInString), MGO_SYM(mgo_unicode_utf8_DecodeLastRuneInString),
      MGO_SYM(mgo_unicode_utf8_RuneCountInString),  MGO_SYM(mgo_unicode_utf8_ValidString),
      MGO_SYM(mgo_unicode_IsLetter),  MGO_SYM(mgo_unicode_IsDigit),   MGO_SYM(mgo_unicode_IsNumber),
      MGO_SYM(mgo_unicode_IsSpace),   MGO_SYM(mgo_unicode_IsUpper),   MGO_SYM(mgo_unicode_IsLower),
      MGO_SYM(mgo_unicode_IsTitle),   MGO_SYM(mgo_unicode_IsPunct),   MGO_SYM(mgo_unicode_IsControl),
      MGO_SYM(mgo_unicode_IsGraphic), MGO_SYM(mgo_unicode_IsPrint),   MGO_SYM(mgo_unicode_IsSymbol),
      MGO_SYM(mgo_unicode_IsMark),    MGO_SYM(mgo_unicode_ToUpper),   MGO_SYM(mgo_unicode_ToLower),
      MGO_SYM(mgo_unicode_ToTitle),   MGO_SYM(mgo_unicode_SimpleFold),
      MGO_SYM(mgo_unicode_rangeTableData),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
